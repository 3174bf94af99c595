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
 * whose rounds carry the tie rules their results fit (see chooseTiePreset). `slots` holds where
 * each of `placed` goes, at the same position.
 */
export function competitionsOf(
  placed: readonly Placed[],
  target: ImportTarget,
): { list: JsonObject[]; slots: readonly StageSlot[] } {
  // Positions into `placed`, not the matches themselves, key everything here: maps keyed by
  // 200,000 match objects cost more than the rest of the season's building.
  const comps = new Map<string, { name: string; teams: Set<string>; at: number[] }>();
  placed.forEach((p, i) => {
    let c = comps.get(p.competition);
    if (!c)
      comps.set(
        p.competition,
        (c = {
          name: target.competition ?? p.competitionName ?? target.seasonName ?? target.seasonId,
          teams: new Set(),
          at: [],
        }),
      );
    c.teams.add(p.home).add(p.away);
    c.at.push(i);
  });
  const slots: StageSlot[] = new Array<StageSlot>(placed.length);
  const list = [...comps.entries()].map(([id, c]) => {
    const mine = c.at.map((i) => placed[i]!);
    const plan = planStages(mine.map((p) => p.m));
    const used = new Set<string>();
    const stages = plan.stages.map((s) => {
      let sid = slugOf(s.name === 'Season' ? 'season' : s.name);
      for (let n = 2; used.has(sid); n++) sid = `${slugOf(s.name)}-${n}`;
      used.add(sid);
      const stagePlaced = s.positions.map((i) => mine[i]!);
      // One slot per stage, group or round, shared by its matches: this runs once per imported match.
      const shared = new Map<string, StageSlot>();
      const league: StageSlot = { stage: sid };
      s.positions.forEach((i, k) => {
        const round = s.format === 'knockout' ? s.matchRounds[k] : undefined;
        const group = s.format === 'groups' ? groupId(s.matches[k]!.group!) : undefined;
        let slot = league;
        if (round !== undefined || group !== undefined) {
          const key = `${group ?? ''}\u0000${round ?? ''}`;
          const known = shared.get(key);
          if (known) slot = known;
          else
            shared.set(
              key,
              (slot = {
                stage: sid,
                ...(group !== undefined && { group }),
                ...(round !== undefined && { round }),
              }),
            );
        }
        slots[c.at[i]!] = slot;
      });
      return stageDoc(sid, s, stagePlaced);
    });
    return { id, name: c.name, teams: [...c.teams], stages };
  });
  return { list: list as unknown as JsonObject[], slots };
}

/** A stage's definition; `placed` holds its matches in the order of `s.matches`. */
function stageDoc(id: string, s: PlannedStage, placed: readonly Placed[]): JsonObject {
  const teamsOf = (ps: readonly Placed[]) => {
    const teams = new Set<string>();
    for (const p of ps) teams.add(p.home).add(p.away);
    return [...teams];
  };
  if (s.format === 'groups') {
    const groups = new Map<string, Placed[]>();
    for (const p of placed) {
      const list = groups.get(p.m.group!);
      if (list) list.push(p);
      else groups.set(p.m.group!, [p]);
    }
    return {
      id,
      name: s.name,
      format: 'groups',
      rounds: cyclesOf(s.matches),
      groups: [...groups].map(([g, ps]) => ({ id: groupId(g), name: `Group ${g}`, teams: teamsOf(ps) })),
    };
  }
  if (s.format === 'league')
    return { id, name: s.name, format: 'league', rounds: cyclesOf(s.matches), teams: teamsOf(placed) };
  const byRound = new Map<string, Placed[]>();
  placed.forEach((p, k) => {
    const r = s.matchRounds[k]!;
    const list = byRound.get(r);
    if (list) list.push(p);
    else byRound.set(r, [p]);
  });
  return {
    id,
    name: s.name,
    format: 'knockout',
    rounds: s.rounds.map((r) => ({
      id: slugOf(r),
      name: r,
      tie: { preset: chooseTiePreset(tiesOf(byRound.get(r) ?? [])) },
    })),
  };
}

/** A round's matches grouped into ties by their pair of teams, as the engine groups them. */
function tiesOf(placed: readonly Placed[]): Match[][] {
  const ties = new Map<string, Match[]>();
  placed.forEach((p, i) => {
    const m = p.m;
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
    const tie = ties.get(key);
    if (tie) tie.push(match);
    else ties.set(key, [match]);
  });
  return [...ties.values()];
}

const COUNTS = new Set(['played', 'awarded', 'scheduled', 'postponed']);

/** Round-robin cycles: how often the pair that meets most often meets (abandoned and void matches aside). */
function cyclesOf(matches: readonly ImportedMatch[]): number {
  // Pairs keyed by number (teams numbered as met): no string per match.
  const numbers = new Map<string, number>();
  const numberOf = (t: string) => {
    let n = numbers.get(t);
    if (n === undefined) numbers.set(t, (n = numbers.size));
    return n;
  };
  const meetings = new Map<number, number>();
  let most = 1;
  for (const m of matches) {
    if (!COUNTS.has(m.status)) continue;
    const a = numberOf(m.home);
    const b = numberOf(m.away);
    const key = a < b ? a * 0x100000 + b : b * 0x100000 + a;
    const n = (meetings.get(key) ?? 0) + 1;
    meetings.set(key, n);
    if (n > most) most = n;
  }
  return most;
}
