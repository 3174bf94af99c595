// Tiny builders so a statistics test reads like a results page:
//   played('ucv', 'hua', '5-0', { date: '2014-05-10', goals: ["Pérez 10'", '; Ruiz 45 og'] })
import type { CardCounts, Goal, GoalKind, Match } from '../../../src/core/model/index.ts';
import { isoDate, matchId, parseScore, teamId } from '../../../src/core/model/index.ts';

export interface PlayedOptions {
  readonly date?: string;
  readonly neutral?: boolean;
  readonly attendance?: number;
  /** `'Perea 16 pen, Silva 28; Aparicio 85'`: home scorers, `;`, away scorers; `og`, `pen` after the minute. */
  readonly goals?: string;
  readonly cards?: { readonly home: Partial<CardCounts>; readonly away: Partial<CardCounts> };
  readonly aet?: string;
  readonly pens?: string;
}

let next = 0;

export function played(home: string, away: string, score: string, options: PlayedOptions = {}): Match {
  const fullTime = parseScore(score);
  if (!fullTime) throw new Error(`not a score: ${score}`);
  const extraTime = options.aet ? parseScore(options.aet) : undefined;
  const penalties = options.pens ? parseScore(options.pens) : undefined;
  return {
    id: matchId(`m${++next}-${home}-${away}`),
    home: teamId(home),
    away: teamId(away),
    status: 'played',
    result: { fullTime, ...(extraTime ? { extraTime } : {}), ...(penalties ? { penalties } : {}) },
    ...(options.date ? { date: isoDate(options.date) } : {}),
    ...(options.neutral ? { neutral: true } : {}),
    ...(options.attendance !== undefined ? { attendance: options.attendance } : {}),
    ...(options.goals !== undefined ? { goals: goals(options.goals) } : {}),
    ...(options.cards
      ? { cards: { home: counts(options.cards.home), away: counts(options.cards.away) } }
      : {}),
  };
}

export function scheduled(home: string, away: string, date?: string): Match {
  return {
    id: matchId(`m${++next}-${home}-${away}`),
    home: teamId(home),
    away: teamId(away),
    status: 'scheduled',
    ...(date ? { date: isoDate(date) } : {}),
  };
}

export function awarded(home: string, away: string, score: string, date?: string): Match {
  return { ...played(home, away, score, date ? { date } : {}), status: 'awarded' };
}

function goals(text: string): Goal[] {
  const [home = '', away = ''] = text.split(';');
  const side = (part: string, s: 'home' | 'away'): Goal[] =>
    part
      .split(',')
      .map((g) => g.trim())
      .filter(Boolean)
      .map((g) => {
        const m = /^(.+?)\s+(\d+)(?:\s+(pen|og))?$/.exec(g);
        if (!m) throw new Error(`not a goal: ${g}`);
        const kind: GoalKind = m[3] === 'pen' ? 'penalty' : m[3] === 'og' ? 'own_goal' : 'goal';
        return { side: s, name: m[1]!, minute: { minute: Number(m[2]) }, kind };
      });
  return [...side(home, 'home'), ...side(away, 'away')];
}

const counts = (c: Partial<CardCounts>): CardCounts => ({
  yellow: c.yellow ?? 0,
  secondYellow: c.secondYellow ?? 0,
  red: c.red ?? 0,
  yellowRed: c.yellowRed ?? 0,
});
