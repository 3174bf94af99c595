import type { ConditionDoc, LinkDoc, SelectorDoc } from '../definition/index.ts';
import { moveTarget } from '../definition/index.ts';
import type { Certainty, ConditionCheck, LinkOutcome, Qualifier } from './engine-types.ts';
import { linkStatus } from './link-status.ts';
import type { SeasonLookup } from './season-lookup.ts';

/**
 * Evaluates one link: which teams it takes from its source, whether its condition holds, and
 * what it does where. When the source table is not complete, a recorded execution of the link
 * (an adjustment naming it, or a link resolution) stands in for the derivation.
 */
export function evaluateLink(engine: SeasonLookup, link: LinkDoc): LinkOutcome {
  const picked = select(engine, link.from);
  const derived = picked.every((q) => q.certainty === 'derived' && q.team);
  // A stage result a source recorded (its winner, its qualifiers) is a recorded selection too.
  const pickedOnRecord =
    !derived &&
    picked.length > 0 &&
    picked.every((q) => q.team && (q.certainty === 'derived' || q.certainty === 'recorded'));
  const recorded =
    recordedTeams(engine, link) ?? (pickedOnRecord ? { teams: picked.map((q) => q.team!) } : undefined);
  const teams = derived ? picked.map((q) => q.team!) : (recorded?.teams ?? []);
  const certainty: Certainty = derived
    ? 'derived'
    : recorded
      ? 'recorded'
      : picked.some((q) => q.team)
        ? 'provisional'
        : 'unknown';
  const note =
    !derived &&
    recorded &&
    picked.some((q) => q.team && !recorded.teams.includes(q.team)) &&
    picked.every((q) => q.certainty !== 'provisional')
      ? `the results give ${picked.map((q) => q.team).join(', ')} but a source records ${recorded.teams.join(', ')}`
      : recorded?.note;
  const condition = link.condition ? teams.map((t) => checkCondition(engine, link, link.condition!, t)) : [];
  const failed = condition.some((c) => c.met === false);
  const conditionSummary = link.condition
    ? {
        met: failed
          ? false
          : condition.length && condition.every((c) => c.met === true)
            ? true
            : ('unknown' as const),
        detail: condition.map((c) => c.detail).join('; ') || describeCondition(engine, link.condition),
        checks: condition.map((c) => c.check),
      }
    : undefined;
  const undecided = conditionSummary?.met === 'unknown';
  const status = linkStatus(teams.length, certainty, { failed, undecided });
  return {
    link,
    status,
    teams: teams.length ? teams : picked.flatMap((q) => (q.team ? [q.team] : [])),
    certainty,
    ...(conditionSummary ? { condition: conditionSummary } : {}),
    effect: describeEffect(engine, link, teams),
    ...(note ? { note } : {}),
  };
}

function select(engine: SeasonLookup, sel: SelectorDoc): Qualifier[] {
  const stage = engine.stageOf(sel.competition, sel.stage);
  const pick = sel.pick;
  if (pick === 'winner' || pick === 'runner-up') return [engine.stageResult(sel.competition, stage.id, pick)];
  if (pick === 'loser') return [engine.stageResult(sel.competition, stage.id, 'runner-up')];
  if (pick === 'qualified')
    return stage.format === 'groups'
      ? engine
          .groupIds(sel.competition, stage)
          .flatMap((g) => engine.groupQualifiers(sel.competition, stage, g))
      : engine.groupQualifiers(sel.competition, stage, sel.group);
  const positions = 'position' in pick ? [pick.position] : pick.positions;
  return positions.map((p) => engine.position(sel.competition, stage.id, sel.group, p, sel.overall === true));
}

function recordedTeams(engine: SeasonLookup, link: LinkDoc): { teams: string[]; note?: string } | undefined {
  const adjustments = engine.index.doc.adjustments.filter((a) => a.link === link.id);
  if (adjustments.length) return { teams: adjustments.map((a) => a.team) };
  const resolution = engine.index.doc.linkResolutions.find((r) => r.link === link.id);
  return resolution
    ? { teams: resolution.teams, ...(resolution.note ? { note: resolution.note } : {}) }
    : undefined;
}

/** Whose position the condition looks at: the team itself or, for a reserve team, its club's first team. */
const conditionTeam = (engine: SeasonLookup, cond: ConditionDoc, team: string) =>
  cond.team === 'parent-first-team' ? engine.parentFirstTeam(team) : team;

function checkCondition(
  engine: SeasonLookup,
  link: LinkDoc,
  cond: ConditionDoc,
  team: string,
): { met: boolean | 'unknown'; detail: string; check: ConditionCheck } {
  const who = conditionTeam(engine, cond, team);
  const stage = engine.stageOf(cond.competition, cond.stage);
  const table = engine.table(cond.competition, stage.id, cond.group);
  const row = table.rows.find((r) => r.team === who);
  const name = engine.teamName(who);
  const where = `${engine.competition(cond.competition).name} ${stage.name}`;
  if (table.certainty === 'derived' && row) {
    const met = row.position <= cond.positionAtMost;
    return {
      met,
      check: { team: who, met, position: row.position },
      detail: `${name} ${row.position <= cond.positionAtMost ? 'finished' : 'did not finish'} in the top ${cond.positionAtMost} of the ${where} (${row.position})`,
    };
  }
  const resolution = engine.index.doc.linkResolutions.find(
    (r) => r.link === link.id && r.conditionMet !== undefined,
  );
  if (resolution)
    return {
      met: resolution.conditionMet!,
      check: { team: who, met: resolution.conditionMet!, recorded: { sources: resolution.sources ?? [] } },
      detail: `${name}: ${resolution.conditionMet ? 'in' : 'not in'} the top ${cond.positionAtMost} of the ${where} (recorded${resolution.sources?.length ? `: ${resolution.sources.join(', ')}` : ''})`,
    };
  const current = row && table.matchesPlayed > 0 ? ` (currently ${row.position})` : '';
  return {
    met: 'unknown',
    check: {
      team: who,
      met: 'unknown',
      ...(row && table.matchesPlayed > 0 ? { position: row.position } : {}),
    },
    detail: `${name}: top ${cond.positionAtMost} of the ${where} not yet known${current}`,
  };
}

const describeCondition = (engine: SeasonLookup, cond: ConditionDoc) =>
  `only if in the top ${cond.positionAtMost} of the ${engine.competition(cond.competition).name} ${engine.stageOf(cond.competition, cond.stage).name}`;

function describeEffect(engine: SeasonLookup, link: LinkDoc, teams: readonly string[]): string {
  const who = teams.length ? teams.map((t) => engine.teamName(t)).join(', ') : 'to be decided';
  const e = link.effect;
  if ('adjustment' in e) {
    const a = e.adjustment;
    const target =
      a.team === 'parent-first-team'
        ? teams.map((t) => engine.teamName(engine.parentFirstTeam(t))).join(', ') || who
        : who;
    const sign = a.points > 0 ? `+${a.points}` : `−${Math.abs(a.points)}`;
    return `${target} ${sign} in ${engine.competition(a.competition).name}${a.stage ? ` / ${engine.stageOf(a.competition, a.stage).name}` : ''}`;
  }
  if ('qualification' in e)
    return `${who} → ${e.qualification.to}${e.qualification.as ? ` as ${e.qualification.as}` : ''}`;
  if ('promotion' in e) return `${who} promoted to ${moveTarget(e.promotion)}`;
  return `${who} relegated to ${moveTarget(e.relegation)}`;
}
