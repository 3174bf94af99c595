// The Peru 2014 example season (examples/peru-2014), loaded once for the tests that check it
// against the seed articles (shared/seeds/000_…, 001_…, 002_…) and
// shared/data/peru2014_facts.md. Lookups go by the names the sources print, so a test
// compares the season with the source's own words, not with the YAML's ids.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { MatchFactDoc, SeasonDoc } from '../../src/core/definition/index.ts';
import { formatIssue, loadSeason, type LoadedSeason } from '../../src/season/load-season.ts';

export const PERU_2014_DIR = fileURLToPath(new URL('../../examples/peru-2014', import.meta.url));

let cached: LoadedSeason | undefined;

export function peru2014(): LoadedSeason {
  cached ??= loadSeason(PERU_2014_DIR);
  return cached;
}

export function peru2014Doc(): SeasonDoc {
  const loaded = peru2014();
  assert.ok(loaded.doc, loaded.issues.map(formatIssue).join('\n'));
  return loaded.doc;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The club a source names, by its name or one of its aliases. */
export function clubNamed(name: string) {
  const club = peru2014Doc().clubs.find((c) => fold(c.name) === fold(name) || c.aliases?.some((a) => fold(a) === fold(name)));
  assert.ok(club, `no club named '${name}'`);
  return club;
}

/** The person a source names, by name or alias. */
export function personNamed(name: string) {
  const person = peru2014Doc().people.find((p) => fold(p.name) === fold(name) || p.aliases?.some((a) => fold(a) === fold(name)));
  assert.ok(person, `no person named '${name}'`);
  return person;
}

export const personName = (id: string | undefined) => peru2014Doc().people.find((p) => p.id === id)?.name;

export const venueOf = (id: string | undefined) => {
  const venue = peru2014Doc().venues.find((v) => v.id === id);
  assert.ok(venue, `no venue '${id}'`);
  return venue;
};

/** The one match of a competition and stage between two clubs (by name), in this order. */
export function matchBetween(competition: string, stage: string, home: string, away: string, leg?: number): MatchFactDoc {
  const h = clubNamed(home).id;
  const a = clubNamed(away).id;
  const found = peru2014Doc().matches.filter(
    (m) => m.competition === competition && m.stage === stage && m.home.startsWith(h) && m.away.startsWith(a) && (leg === undefined || m.leg === leg),
  );
  assert.equal(found.length, 1, `${competition}/${stage}: ${home} v ${away}${leg ? ` leg ${leg}` : ''}: ${found.length} matches`);
  return found[0]!;
}

export const score = (s: { home: number; away: number } | undefined) => (s ? `${s.home}-${s.away}` : undefined);

/** A goal as "name minute kind", e.g. "Luis Alberto Perea 16 penalty", to compare with a report. */
export const goalText = (g: { player: string; minute?: { minute: number; added?: number } | undefined; kind: string }) =>
  [personName(g.player) ?? g.player, g.minute ? `${g.minute.minute}${g.minute.added ? `+${g.minute.added}` : ''}` : undefined, g.kind === 'goal' ? undefined : g.kind]
    .filter(Boolean)
    .join(' ');
