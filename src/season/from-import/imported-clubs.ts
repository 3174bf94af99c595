import { foldName } from '../../core/names/suggest.ts';

export interface ClubEntry {
  id: string;
  name: string;
  aliases?: string[];
}

/** Two spellings name the same club when they agree without case, accents, spaces and punctuation. */
const sameClubKey = (name: string): string => foldName(name).replace(/ /g, '');

/**
 * Clubs from the names a source writes. Spellings that differ only in case, accents, spaces or
 * punctuation (`Accrington F.C.`, `Accrington FC`) are one club: the first spelling gives its name
 * and id, the others become aliases, so a later source that writes either finds it.
 */
export class ImportedClubs {
  private readonly byName = new Map<string, string>();
  private readonly byKey = new Map<string, string>();
  private readonly clubs = new Map<string, ClubEntry>();

  constructor(existing: readonly ClubEntry[] = []) {
    for (const c of existing) {
      this.clubs.set(c.id, { ...c, ...(c.aliases ? { aliases: [...c.aliases] } : {}) });
      for (const n of [c.name, ...(c.aliases ?? [])]) {
        this.byName.set(n, c.id);
        if (!this.byKey.has(sameClubKey(n))) this.byKey.set(sameClubKey(n), c.id);
      }
    }
  }

  /** The club id for a name as written, creating the club (or an alias) the first time; undefined when the name holds no letter or digit. */
  idOf(name: string): string | undefined {
    const known = this.byName.get(name);
    if (known) return known;
    const key = sameClubKey(name);
    if (!key) return undefined;
    let id = this.byKey.get(key);
    if (id) {
      const club = this.clubs.get(id)!;
      club.aliases = [...(club.aliases ?? []), name];
    } else {
      id = this.freeId(foldName(name).replace(/ /g, '-'));
      this.clubs.set(id, { id, name });
      this.byKey.set(key, id);
    }
    this.byName.set(name, id);
    return id;
  }

  list(): ClubEntry[] {
    return [...this.clubs.values()];
  }

  /** `club-1` and `club1` fold apart but could slug alike; the second gets a number. */
  private freeId(base: string): string {
    let id = base;
    for (let n = 2; this.clubs.has(id); n++) id = `${base}-${n}`;
    return id;
  }
}
