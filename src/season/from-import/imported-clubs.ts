import { foldName } from '../../core/names/suggest.ts';

export interface ClubEntry {
  id: string;
  name: string;
  aliases?: string[];
}

/**
 * Clubs from the names a source writes. Names that fold to the same id (`Accrington F.C.`,
 * `Accrington FC`) are one club: the first spelling is its name, the others its aliases, so a
 * later source that writes either finds it.
 */
export class ImportedClubs {
  private readonly byName = new Map<string, string>();
  private readonly clubs = new Map<string, ClubEntry>();

  constructor(existing: readonly ClubEntry[] = []) {
    for (const c of existing) {
      this.clubs.set(c.id, { ...c, ...(c.aliases ? { aliases: [...c.aliases] } : {}) });
      for (const n of [c.name, ...(c.aliases ?? [])]) this.byName.set(n, c.id);
    }
  }

  /** The club id for a name as written, creating the club (or an alias) the first time; undefined when the name holds no letter or digit. */
  idOf(name: string): string | undefined {
    const known = this.byName.get(name);
    if (known) return known;
    const id = foldName(name).replace(/ /g, '-');
    if (!id) return undefined;
    const club = this.clubs.get(id);
    if (!club) this.clubs.set(id, { id, name });
    else if (club.name !== name && !club.aliases?.includes(name))
      club.aliases = [...(club.aliases ?? []), name];
    this.byName.set(name, id);
    return id;
  }

  list(): ClubEntry[] {
    return [...this.clubs.values()];
  }
}
