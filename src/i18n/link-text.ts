import type { LinkDoc } from '../core/definition/index.ts';
import type { SeasonIndex } from '../core/season/season.ts';
import type { ConditionCheckView, LinkView } from '../views/summary-view.ts';
import type { Translate } from './translate.ts';

/** A link's outcome in words, in the page's language: what it did, and how its condition turned out. */
export interface LinkWords {
  readonly effect: string;
  readonly condition?: string;
}

/** The first team of a team's club (a reserve team's bonus lands there). */
const parentFirstTeam = (index: SeasonIndex, id: string): string => {
  const club = index.teams.get(id)?.club.id;
  return (club && index.firstTeamOf.get(club)) ?? id;
};

/** "Sport Huancayo", "Los Caimanes y San Simón". */
const names = (t: Translate, list: readonly string[]): string =>
  list.length > 1
    ? t('list.and', { first: list.slice(0, -1).join(', '), last: list.at(-1)! })
    : (list[0] ?? '');

/**
 * A link's effect and condition said in one language, from the link as the season in that
 * language gives it (`doc`, so that "Copa Libertadores 2015" and the stage names are the page's)
 * and the outcome the engine worked out (`view`): the teams, and the condition team by team.
 */
export function linkWords(view: LinkView, doc: LinkDoc, index: SeasonIndex, t: Translate): LinkWords {
  const where = (competition: string, stage?: string): string => {
    const c = index.competitions.get(competition);
    const st = c?.stages.find((s) => s.id === stage) ?? (stage === undefined ? c?.stages.at(-1) : undefined);
    return t('link.where', { competition: c?.name ?? competition, stage: st?.name ?? stage ?? '' });
  };
  const team = (id: string) => index.teams.get(id)?.name ?? id;
  const teams = view.teams.map((x) => x.name);
  const who = teams.length ? names(t, teams) : t('tie.unknownTeam');
  const n = teams.length || 1;
  const e = doc.effect;
  let effect: string;
  if ('adjustment' in e) {
    const a = e.adjustment;
    const target =
      a.team === 'parent-first-team' && view.teams.length
        ? names(
            t,
            view.teams.map((x) => team(parentFirstTeam(index, x.id))),
          )
        : who;
    const points = a.points > 0 ? `+${a.points}` : `−${Math.abs(a.points)}`;
    const said = { team: target, points, where: where(a.competition, a.stage) };
    effect = t(view.teams.length ? 'link.effect.adjustment' : 'link.effect.adjustment.pending', said);
  } else if ('qualification' in e) {
    const q = e.qualification;
    effect = q.as
      ? t('link.effect.qualificationAs', { team: who, to: q.to, as: q.as })
      : t('link.effect.qualification', { team: who, to: q.to });
  } else {
    // Nobody yet: "Ascenso al Torneo Descentralizado 2015: por definir", not a verb without a subject.
    const promotion = 'promotion' in e;
    const move = 'promotion' in e ? e.promotion : e.relegation;
    const to = move.to ?? move.competition ?? '';
    effect = teams.length
      ? t(promotion ? 'link.effect.promotion' : 'link.effect.relegation', { team: who, n, to })
      : t(promotion ? 'link.effect.promotion.pending' : 'link.effect.relegation.pending', { to });
  }
  const cond = doc.condition;
  if (!cond || !view.condition) return { effect };
  const place = { n: cond.positionAtMost, where: where(cond.competition, cond.stage) };
  const check = (c: ConditionCheckView): string => {
    const said = { ...place, team: c.team.name, position: c.position ?? '?' };
    if (c.recorded) return t(c.met ? 'link.check.recordedMet' : 'link.check.recordedNotMet', said);
    if (c.met === 'unknown')
      return `${t('link.check.unknown', said)}${c.position !== undefined ? t('link.check.current', said) : ''}`;
    return t(c.met ? 'link.check.met' : 'link.check.notMet', said);
  };
  const checks = view.condition.checks;
  return { effect, condition: checks.length ? checks.map(check).join('; ') : t('link.condition', place) };
}
