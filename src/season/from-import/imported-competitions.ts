import type { ImportedMatch } from '../../import/model/index.ts';
import type { JsonObject } from '../../storage/index.ts';
import type { ImportTarget } from './season-from-import.ts';

interface Placed {
  readonly m: ImportedMatch;
  readonly home: string;
  readonly away: string;
  readonly competition: string;
  readonly stage: string;
}

const groupId = (g: string) => g.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/**
 * The competitions the imported matches make: one stage per heading of the source (one `season`
 * stage when there is none). A stage whose matches carry groups is a group stage; one with legs,
 * replays or ties is a knockout with the rounds as written; anything else is a league of the teams
 * that played in it.
 */
export function competitionsOf(
  placed: readonly Placed[],
  target: ImportTarget,
): { list: JsonObject[]; groupOf: (m: ImportedMatch) => string | undefined } {
  const comps = new Map<
    string,
    { name: string; teams: Set<string>; stages: Map<string, { name: string; matches: Placed[] }> }
  >();
  for (const p of placed) {
    let c = comps.get(p.competition);
    if (!c)
      comps.set(
        p.competition,
        (c = { name: target.competition ?? nameOf(p.m, target), teams: new Set(), stages: new Map() }),
      );
    c.teams.add(p.home).add(p.away);
    let s = c.stages.get(p.stage);
    if (!s) c.stages.set(p.stage, (s = { name: p.m.stage ?? 'Season', matches: [] }));
    s.matches.push(p);
  }
  const grouped = new Set<ImportedMatch>();
  const list = [...comps.entries()].map(([id, c]) => ({
    id,
    name: c.name,
    teams: [...c.teams],
    stages: [...c.stages.entries()].map(([sid, s]) => {
      const teams = [...new Set(s.matches.flatMap((p) => [p.home, p.away]))];
      if (s.matches.every((p) => p.m.group)) {
        const groups = new Map<string, Set<string>>();
        for (const p of s.matches) {
          grouped.add(p.m);
          const g = groups.get(p.m.group!) ?? new Set();
          groups.set(p.m.group!, g.add(p.home).add(p.away));
        }
        return {
          id: sid,
          name: s.name,
          format: 'groups',
          groups: [...groups].map(([g, ts]) => ({ id: groupId(g), name: `Group ${g}`, teams: [...ts] })),
        };
      }
      if (s.matches.some((p) => p.m.leg !== undefined || p.m.replay || p.m.tie !== undefined)) {
        const rounds = [...new Set(s.matches.map((p) => p.m.round ?? 'Round'))];
        return {
          id: sid,
          name: s.name,
          format: 'knockout',
          rounds: rounds.map((r) => ({ id: groupId(r) || 'round', name: r })),
        };
      }
      return { id: sid, name: s.name, format: 'league', teams };
    }),
  }));
  return {
    list: list as unknown as JsonObject[],
    groupOf: (m) => (grouped.has(m) ? groupId(m.group!) : undefined),
  };
}

function nameOf(m: ImportedMatch, target: ImportTarget): string {
  if (m.competition && m.season)
    return `${/^\d+$/.test(m.competition) ? `Division ${m.competition}` : m.competition} ${m.season}`;
  return m.season ?? m.competition ?? target.seasonName ?? target.seasonId;
}
