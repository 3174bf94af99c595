import type { PersonDoc } from '../definition/index.ts';
import { foldName } from '../names/suggest.ts';

/**
 * Finds the person a match report means: by id, by full name, by alias, or by a surname that
 * only one person in the season carries. Unresolved names stay names: a report may name a
 * player the season does not list.
 */
export class PeopleResolver {
  private readonly byKey = new Map<string, string | null>();

  constructor(people: readonly PersonDoc[]) {
    for (const p of people) {
      this.add(p.id, p.id);
      this.add(foldName(p.name), p.id);
      for (const a of p.aliases ?? []) this.add(foldName(a), p.id);
      const words = foldName(p.name).split(' ');
      if (words.length > 1) this.addSurname(words.at(-1)!, p.id);
      if (words.length > 2) this.addSurname(words.slice(-2).join(' '), p.id);
    }
  }

  resolve(text: string): string | undefined {
    return this.byKey.get(text) ?? this.byKey.get(foldName(text)) ?? undefined;
  }

  private add(key: string, id: string): void {
    this.byKey.set(key, id);
  }

  /** A surname shared by two people resolves to nobody (null), rather than to the wrong one. */
  private addSurname(key: string, id: string): void {
    const existing = this.byKey.get(key);
    if (existing === undefined) this.byKey.set(key, id);
    else if (existing !== id && !this.isFullKey(key)) this.byKey.set(key, null);
  }

  private isFullKey(key: string): boolean {
    return key.includes('-');
  }
}
