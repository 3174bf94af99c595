import { matchId, teamId, type Match } from '../../core/model/index.ts';
import type { ImportedMatch } from '../../import/model/index.ts';
import { chooseTiePreset } from '../../import/stages/choose-tie-preset.ts';
import { planStages, type PlannedStage } from '../../import/stages/plan-stages.ts';
import type { JsonObject } from '../../storage/index.ts';
import { slugOf as foldSlug } from '../new-season.ts';
import type { ImportTarget } from './import-target.ts';

export interface Placed {
  readonly m: ImportedMatch;
  readonly home: string;
  readonly away: string;
  readonly competition: string;
  /** The competition's name when the source gives one (its title, or division and season). */
  readonly competitionName?: string;
}

/** Where a match goes inside its competition: stage, group, knockout round. */
export interface StageSlot {
  readonly stage: string;
  readonly group?: string;
  readonly round?: string;
}

const groupId = (g: string) => g.toLowerCase().replace(/[^a-z0-9]+/g, '-');
export const slugOf = (s: string): string => foldSlug(s) || 'x';
/**
 * The competitions the imported matches make, one stage per stage the headings describe (see
 * planStages): groups with their teams, a league of the teams that played in it, or a knockout
 * whose rounds carry the tie rules their results fit (see chooseTiePreset).
 */
export function competitionsOf(
  placed: readonly Placed[],
  target: ImportTarget,
): { list: JsonObject[]; slotOf: (m: ImportedMatch) => StageSlot } {
  const comps = new Map<string, { name: string; teams: Set<string>; placed: Placed[] }>();
  for (const p of placed) {
    let c = comps.get(p.competition);
    if (!c)
      comps.set(
        p.competition,
        (c = {
          name: target.competition ?? p.competitionName ?? target.seasonName ?? target.seasonId,
          teams: new Set(),
          placed: [],
        }),
      );
    c.teams.add(p.home).add(p.away);
    c.placed.push(p);
  }
  const slots = new Map<ImportedMatch, StageSlot>();
  const list = [...comps.entries()].map(([id, c]) => {
    const ids = new Map(c.placed.map((p) => [p.m, p]));
    const plan = planStages(c.placed.map((p) => p.m));
    const used = new Set<string>();
    const stages = plan.stages.map((s) => {
      let sid = slugOf(s.name === 'Season' ? 'season' : s.name);
      for (let n = 2; used.has(sid); n++) sid = `${slugOf(s.name)}-${n}`;
      used.add(sid);
      for (const m of s.matches) {
        const round = plan.placement(m)?.round;
        slots.set(m, {
          stage: sid,
          ...(s.format === 'groups' && { group: groupId(m.group!) }),
          ...(round !== undefined && { round }),
        });
      }
      return stageDoc(
        sid,
        s,
        (m) => ids.get(m)!,
        (m) => plan.placement(m)?.round,
      );
    });
    return { id, name: c.name, teams: [...c.teams], stages };
  });
  return {
    list: list as unknown as JsonObject[],
    slotOf: (m) => slots.get(m) ?? { stage: 'season' },
  };
}

function stageDoc(
  id: string,
  s: PlannedStage,
  placedOf: (m: ImportedMatch) => Placed,
  roundOf: (m: ImportedMatch) => string | undefined,
): JsonObject {
  const teamsOf = (ms: readonly ImportedMatch[]) => [
    ...new Set(ms.flatMap((m) => [placedOf(m).home, placedOf(m).away])),
  ];
  if (s.format === 'groups') {
    const groups = new Map<string, ImportedMatch[]>();
    for (const m of s.matches) groups.set(m.group!, [...(groups.get(m.group!) ?? []), m]);
    return {
      id,
      name: s.name,
      format: 'groups',
      rounds: cyclesOf(s.matches),
      groups: [...groups].map(([g, ms]) => ({ id: groupId(g), name: `Group ${g}`, teams: teamsOf(ms) })),
    };
  }
  if (s.format === 'league')
    return { id, name: s.name, format: 'league', rounds: cyclesOf(s.matches), teams: teamsOf(s.matches) };
  return {
    id,
    name: s.name,
    format: 'knockout',
    rounds: s.rounds.map((r) => {
      const ties = tiesOf(
        s.matches.filter((m) => roundOf(m) === r),
        placedOf,
      );
      return { id: slugOf(r), name: r, tie: { preset: chooseTiePreset(ties) } };
    }),
  };
}

/** A round's matches grouped into ties by their pair of teams, as the engine groups them. */
function tiesOf(matches: readonly ImportedMatch[], placedOf: (m: ImportedMatch) => Placed): Match[][] {
  const ties = new Map<string, Match[]>();
  matches.forEach((m, i) => {
    const p = placedOf(m);
    const key = [p.home, p.away].sort().join('~');
    const match: Match = {
      id: matchId(`${i}`),
      home: teamId(p.home),
      away: teamId(p.away),
      status: m.status,
      ...(m.date && { date: m.date }),
      ...(m.leg !== undefined && { leg: m.leg }),
      ...(m.result && { result: m.result }),
      ...(m.awardedTo && { awardedTo: teamId(m.awardedTo === 'home' ? p.home : p.away) }),
    };
    ties.set(key, [...(ties.get(key) ?? []), match]);
  });
  return [...ties.values()];
}

const COUNTS = new Set(['played', 'awarded', 'scheduled', 'postponed']);

/** Round-robin cycles: how often the pair that meets most often meets (abandoned and void matches aside). */
function cyclesOf(matches: readonly ImportedMatch[]): number {
  const meetings = new Map<string, number>();
  let most = 1;
  for (const m of matches) {
    if (!COUNTS.has(m.status)) continue;
    const key = m.home < m.away ? `${m.home}\u0000${m.away}` : `${m.away}\u0000${m.home}`;
    const n = (meetings.get(key) ?? 0) + 1;
    meetings.set(key, n);
    if (n > most) most = n;
  }
  return most;
}
