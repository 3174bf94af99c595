import type { IsoDate, MatchResult, Side } from '../../core/model/index.ts';
import { finalScore } from '../../core/model/index.ts';
import type { RefusalReason } from '../model/index.ts';
import { splitTeamCountry } from '../team-country.ts';
import { roundFacts, type RoundFacts } from './heading.ts';
import type { LineReading } from './match-line.ts';
import { isBareStatus, statusOf } from './match-status.ts';
import type { ScoreExpression } from './score-expression.ts';
import type { DraftMatch } from './text-block.ts';

/** Where a match line sits: its file, the headings above it, the date and time in force. */
export interface MatchPlace {
  readonly line: number;
  readonly file?: string;
  /** A second `=` title in the file, when it differs from the first. */
  readonly competition?: string;
  readonly yearOnly?: number;
  readonly sections: readonly string[];
  readonly rounds: readonly string[];
  readonly date?: IsoDate;
  readonly time?: string;
  readonly venue?: string;
  readonly attendance?: number;
}

export type Built =
  | { readonly match: DraftMatch }
  | { readonly bye: true }
  | { readonly refused: RefusalReason; readonly detail: string };

function resultOf(score: ScoreExpression | undefined): MatchResult | undefined {
  const main = score?.fullTime ?? score?.extraTime;
  return (
    score &&
    main && {
      fullTime: main,
      ...(score.halfTime && { halfTime: score.halfTime }),
      ...(score.extraTime && { extraTime: score.extraTime }),
      ...(score.penalties && { penalties: score.penalties }),
    }
  );
}

function winnerOf(result: MatchResult | undefined): Side | undefined {
  if (!result) return undefined;
  const f = finalScore(result);
  return f.home > f.away ? 'home' : f.away > f.home ? 'away' : undefined;
}

const joined = (parts: readonly string[], sep: string): string | undefined =>
  parts.filter(Boolean).join(sep) || undefined;

/** Turns a read match line into a match, with everything its place in the file says about it. */
export function buildMatch(
  r: Extract<LineReading, { kind: 'match' }>,
  place: MatchPlace,
  factsOf: (round: string) => RoundFacts = roundFacts,
): Built {
  const { score, notes } = r;
  if (score?.mark === 'bye') return { bye: true };
  if (!r.away) return { refused: 'missing_team', detail: 'a match line needs two teams' };
  if (score?.penalties && !score.fullTime && !score.extraTime) {
    return { refused: 'unparsable_score', detail: 'a shoot-out without the score of the match' };
  }
  const home = splitTeamCountry(r.home);
  const away = splitTeamCountry(r.away);
  const result = resultOf(score);
  const status = statusOf(score?.mark, notes, result !== undefined);
  const round = joined(place.rounds, ', ');
  const stage = joined(place.sections, ' / ');
  const facts = round ? factsOf(round) : undefined;
  const note = joined(
    notes.filter((n) => !isBareStatus(n)),
    '; ',
  );
  const awardedTo = status !== 'awarded' ? undefined : score?.mark === 'walkover' ? 'home' : winnerOf(result);
  const fullTimeUnknown = r.fullTimeUnknown === true || (!score?.fullTime && score?.extraTime !== undefined);
  return {
    match: {
      line: place.line,
      ...(place.file && { file: place.file }),
      ...(place.competition && { competition: place.competition }),
      ...(place.yearOnly !== undefined && { season: String(place.yearOnly) }),
      ...(stage && { stage }),
      ...(round && { round }),
      ...(facts?.group && { group: facts.group }),
      ...(facts?.matchday !== undefined && { matchday: facts.matchday }),
      ...(place.date && { date: place.date }),
      ...(place.time && { time: place.time }),
      home: home.name,
      away: away.name,
      ...(home.country && { homeCountry: home.country }),
      ...(away.country && { awayCountry: away.country }),
      ...(place.venue && { venue: place.venue }),
      status,
      ...(result && { result }),
      ...(fullTimeUnknown && { fullTimeUnknown }),
      ...(awardedTo && { awardedTo }),
      ...(facts?.leg !== undefined && { leg: facts.leg }),
      ...(facts?.replay && { replay: true }),
      ...(place.attendance !== undefined && { attendance: place.attendance }),
      ...(note && { note }),
    },
  };
}
