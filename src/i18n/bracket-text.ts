import type { ConditionState, SlotOrigin } from '../core/engine/index.ts';
import { textIn } from '../core/definition/index.ts';
import type { SeasonIndex } from '../core/season/season.ts';
import type { SideView, TieView } from '../views/bracket-view.ts';
import type { MessageKey } from './en.ts';
import type { Lang } from './language.ts';
import { translator, type Translate } from './translate.ts';

/** Brackets in words, in one language: where a place comes from, how a tie was settled. */
export interface BracketText {
  readonly t: Translate;
  /** A team's name. */
  team(id: string): string;
  /** A side: its team's name, else where the place comes from ("Winner of Region I"). */
  side(s: SideView): string;
  /** Where a place comes from, in words. */
  origin(from: SlotOrigin | undefined, slot?: string): string;
  /** The condition a place depends on, and how it turned out. */
  condition(c: ConditionState): string;
  /** "Sport Loreto go through on away goals", "awaiting the second leg", … */
  outcome(tie: TieView): string;
}

const BY: Record<NonNullable<TieView['decidedBy']>, MessageKey | undefined> = {
  aggregate: 'tie.by.aggregate',
  away_goals: 'tie.by.away_goals',
  extra_time: 'tie.by.extra_time',
  penalties: 'tie.by.penalties',
  third_match: 'tie.by.third_match',
  replay: 'tie.by.replay',
  walkover: 'tie.by.walkover',
  exclusion: 'tie.by.exclusion',
  lots: 'tie.by.lots',
  recorded: 'tie.by.recorded',
};

const AWAITING: Record<string, MessageKey> = {
  first_leg: 'awaiting.first_leg',
  second_leg: 'awaiting.second_leg',
  third_match: 'awaiting.third_match',
  replay: 'awaiting.replay',
  match: 'awaiting.match',
  extra_time: 'awaiting.extra_time',
  penalties: 'awaiting.penalties',
};

export function bracketText(index: SeasonIndex, lang: Lang): BracketText {
  const t = translator(lang);
  const team = (id: string) => index.teams.get(id)?.name ?? id;
  const where = (competition: string, stage: string, group?: string): string => {
    const s = index.competitions.get(competition)?.stages.find((x) => x.id === stage);
    if (!s) return group ?? stage;
    const g = group !== undefined && s.format === 'groups' ? s.groups.find((x) => x.id === group) : undefined;
    if (group !== undefined) return (g && textIn(lang, g, 'name')) ?? group;
    return textIn(lang, s, 'name') ?? stage;
  };
  // A tie a recorded draw made ("round-of-16-3") has no name of its own: its round's name and number.
  const roundTie = (id: string): string | undefined => {
    const m = /^(.+)-(\d+)$/.exec(id);
    if (!m) return undefined;
    for (const c of index.competitions.values())
      for (const st of c.stages) {
        const r = st.format === 'knockout' ? st.rounds.find((x) => x.id === m[1]) : undefined;
        if (r) return `${textIn(lang, r, 'name') ?? r.id} ${m[2]}`;
      }
    return undefined;
  };
  const tieName = (id: string, name?: string) => name ?? roundTie(id) ?? id;
  const origin = (from: SlotOrigin | undefined, slot?: string): string => {
    if (!from) return slot ?? t('tie.unknownTeam');
    switch (from.kind) {
      case 'position': {
        const w = where(from.competition, from.stage, from.group);
        if (from.position === 1) return t('slot.winnerOfTable', { where: w });
        if (from.position === 2) return t('slot.runnerUpOfTable', { where: w });
        if (from.position === -1) return t('slot.lastOfTable', { where: w });
        return t('slot.positionOfTable', { n: from.position, where: w });
      }
      case 'winner':
        return t('slot.winnerOfTie', { tie: tieName(from.tie, from.name) });
      case 'loser':
        return t('slot.loserOfTie', { tie: tieName(from.tie, from.name) });
      case 'best-remaining':
        return t('slot.bestRemaining', { where: where(from.competition, from.stage, from.group) });
      case 'recorded-qualifier':
        return t('slot.recordedQualifier', {
          n: from.index,
          where: where(from.competition, from.stage, from.group),
        });
    }
  };
  const condition = (c: ConditionState): string => {
    const w = where(c.competition, c.stage, c.group);
    return c.met === false
      ? t('slot.conditionFailed', {
          team: team(c.team),
          n: c.positionAtMost,
          where: w,
          position: c.position ?? '?',
        })
      : t('slot.condition', { n: c.positionAtMost, where: w });
  };
  const side = (s: SideView): string => {
    const from = origin(s.from, s.slot);
    if (s.id === null || s.name === null) return from;
    if (s.certainty === 'provisional') return `${from} (${t('slot.currently', { team: s.name })})`;
    return s.name;
  };
  const outcome = (tie: TieView): string => {
    if (tie.status === 'awaiting') return t('tie.awaitingTeams');
    if (tie.inconsistency) return t('tie.inconsistent', { reason: tie.inconsistency.replace(/_/g, ' ') });
    if (tie.status === 'pending')
      return t('tie.awaiting', {
        what: tie.awaiting && AWAITING[tie.awaiting] ? t(AWAITING[tie.awaiting]!) : '',
      });
    const winner = tie.winner === tie.a.id ? tie.a : tie.b;
    const by = tie.decidedBy && tie.how !== 'single_match' ? BY[tie.decidedBy] : undefined;
    const loser = tie.winner === tie.a.id ? tie.b : tie.a;
    const why =
      tie.decidedBy === 'exclusion' && tie.reason && loser.name
        ? ` — ${t('tie.excluded', { team: loser.name, reason: tie.reason })}`
        : '';
    return `${t('tie.winner', { team: winner.name ?? '' })}${by ? ` ${t(by)}` : ''}${why}`;
  };
  return { t, team, side, origin, condition, outcome };
}
