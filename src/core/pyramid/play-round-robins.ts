import { cyclesOf, type StageDoc } from '../definition/index.ts';
import { addDays, slotSchedule } from '../fixtures/index.ts';
import type { IsoDate } from '../model/index.ts';
import { scoreText, type MatchScorer } from './match-scorer.ts';
import { SeasonFacts } from './season-facts.ts';

/** Play-offs and drawings of lots never take more passes than this. */
const MAX_PASSES = 64;

type Groups = readonly (string | undefined)[];

/**
 * Every table of a stage (each group, or its league): the engine's teams drawn into a round
 * robin's slots, one matchday a week from the stage's start; then the play-offs and drawings of
 * lots its tables wait for.
 */
export function playRoundRobins(facts: SeasonFacts, scorer: MatchScorer, comp: string, s: StageDoc): void {
  if (s.format !== 'groups' && s.format !== 'league') return;
  const start = SeasonFacts.startOf(s);
  const engine = facts.engine();
  const groups: Groups = s.format === 'groups' ? [...engine.tableGroupIds(s)] : [undefined];
  let last = start;
  for (const group of groups) {
    const missing = engine.entrantsOf(engine.competition(comp), s, group).filter((q) => !q.team);
    if (missing.length)
      throw new Error(`${comp}/${s.id}/${group ?? ''}: ${missing.map((q) => q.slot).join(', ')} not known`);
    // Drawn from the teams in id order, so the draw depends on who is in the group, not on how an
    // empty table happens to list them.
    const teams = scorer.random.shuffle(
      engine
        .table(comp, s.id, group)
        .rows.map((r) => r.team)
        .sort(),
    );
    if (teams.length < 2) continue;
    const schedule = slotSchedule(teams.length, cyclesOf(s), 'mirrored');
    const per = schedule.matchesPerRound;
    for (let r = 0; r < schedule.rounds; r++) {
      const date = addDays(start, 7 * r);
      if (date > last) last = date;
      for (let i = 0; i < per; i++) {
        const home = teams[schedule.home[r * per + i]!]!;
        const away = teams[schedule.away[r * per + i]!]!;
        facts.add({
          competition: comp,
          stage: s.id,
          ...(group !== undefined ? { group } : {}),
          date,
          home,
          away,
          score: scoreText(scorer.score(home, away, false)),
        });
      }
    }
  }
  playPlayoffs(facts, scorer, comp, s, groups, addDays(last, 3));
  drawLots(facts, scorer, comp, s, groups, addDays(last, 7));
}

/**
 * A play-off wherever a table's rules send teams level on a place to one (Region V's tiebreaker
 * for first place): each pair of the level teams once, on neutral ground, extra time and
 * penalties when drawn — a match of the group marked `playoff`, which orders the level teams and
 * does not count in the table.
 */
function playPlayoffs(
  facts: SeasonFacts,
  scorer: MatchScorer,
  comp: string,
  s: StageDoc,
  groups: Groups,
  date: IsoDate,
): void {
  const played = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const engine = facts.engine();
    let added = false;
    for (const group of groups)
      for (const e of engine.table(comp, s.id, group).explanations) {
        if (e.outcome !== 'playoff_pending') continue;
        for (let i = 0; i < e.teams.length; i++)
          for (let j = i + 1; j < e.teams.length; j++) {
            const [home, away] = [e.teams[i]!, e.teams[j]!];
            if (played.has(`${group}|${home}|${away}`)) continue;
            played.add(`${group}|${home}|${away}`);
            facts.add({
              competition: comp,
              stage: s.id,
              ...(group !== undefined ? { group } : {}),
              playoff: true,
              date,
              home,
              away,
              neutral: true,
              ...scorer.decisive(home, away),
            });
            added = true;
          }
      }
    if (!added) return;
  }
}

/** A drawing of lots for every group of teams a table could separate by nothing else. */
function drawLots(
  facts: SeasonFacts,
  scorer: MatchScorer,
  comp: string,
  s: StageDoc,
  groups: Groups,
  date: IsoDate,
): void {
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const engine = facts.engine();
    const drawn = groups.flatMap((group) =>
      engine
        .table(comp, s.id, group)
        .decisions.flatMap((d) => (d.code === 'lots_drawn' ? [{ group, teams: d.teams }] : [])),
    );
    if (!drawn.length) return;
    for (const { group, teams } of drawn)
      facts.lots.push({
        competition: comp,
        stage: s.id,
        ...(group !== undefined ? { group } : {}),
        order: scorer.random.shuffle(teams),
        date,
      });
  }
}
