import type { BracketText } from '../i18n/bracket-text.ts';
import { legScoreText, scoreWords } from './score-text.ts';
import type { RoundView, StageBracketView, TieView } from '../views/bracket-view.ts';

const WIDTH = 30;

const pad = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

/** One side of a tie as a bracket line: the team (or where it comes from), its goals, ✓ for the winner. */
function sideLine(words: BracketText, t: TieView, which: 'a' | 'b'): string {
  const s = t[which];
  // A single match's result is written once, in full, in the details below; a tie of several
  // legs shows each side's aggregate.
  const score = t.legs.length > 1 ? (t.aggregate?.split('-')[which === 'a' ? 0 : 1] ?? '') : '';
  const mark = s.id !== null && t.winner === s.id ? '›' : ' ';
  return `${mark}${pad(words.side(s), WIDTH - score.length - 2)} ${score}`.padEnd(WIDTH);
}

/**
 * Rows of one round's column: each tie two lines, spaced so that a tie of a later round sits
 * between the two ties that feed it (when each round halves the one before).
 */
function column(words: BracketText, round: RoundView, gap: number, offset: number): string[] {
  const rows: string[] = Array.from({ length: offset }, () => ''.padEnd(WIDTH));
  round.ties.forEach((t, i) => {
    if (i > 0) for (let k = 0; k < gap; k++) rows.push(''.padEnd(WIDTH));
    rows.push(sideLine(words, t, 'a'), sideLine(words, t, 'b'));
  });
  return rows;
}

/** The rounds side by side, a bracket drawn with text. */
function drawing(words: BracketText, rounds: readonly RoundView[]): string[] {
  const columns: string[][] = [];
  let gap = 1;
  let offset = 0;
  rounds.forEach((r, i) => {
    const prev = rounds[i - 1];
    const halves = prev !== undefined && r.ties.length > 0 && prev.ties.length === 2 * r.ties.length;
    if (i > 0) {
      offset = halves ? offset + (gap + 2) / 2 : 0;
      gap = halves ? 2 * gap + 2 : 1;
    }
    columns.push(column(words, r, Math.round(gap), Math.round(offset)));
  });
  const height = Math.max(0, ...columns.map((c) => c.length));
  const header = rounds.map((r) => pad(r.name, WIDTH)).join('   ');
  const lines = Array.from({ length: height }, (_, row) =>
    columns
      .map((c) => c[row] ?? ''.padEnd(WIDTH))
      .join('   ')
      .trimEnd(),
  );
  return [header.trimEnd(), ...lines];
}

/**
 * Every tie in full: its legs with extra time and penalties, how it was settled, and why. Rounds
 * with no tie known yet share one line, so a knockout nobody has played stays short.
 */
function details(words: BracketText, rounds: readonly RoundView[]): string[] {
  const out: string[] = [];
  let waiting: string[] = [];
  const flush = () => {
    if (waiting.length) out.push(`${waiting.join(' · ')}: ${words.t('tie.unknownTeam')}`);
    waiting = [];
  };
  for (const r of rounds) {
    if (r.ties.length === 0) {
      waiting.push(r.name);
      continue;
    }
    flush();
    out.push(`${r.name}`);
    for (const t of r.ties) {
      out.push(
        `  ${words.side(t.a)} v ${words.side(t.b)}${t.aggregate && t.legs.length > 1 ? `   ${t.aggregate}` : ''}`,
      );
      for (const l of t.legs) {
        const name = (id: string) => (id === t.a.id ? t.a : t.b).name ?? id;
        const score = legScoreText(l, scoreWords(words.t), l.awardedTo !== undefined) ?? '?';
        out.push(`    ${l.date ?? '          '}  ${name(l.home)} ${score} ${name(l.away)}`);
      }
      for (const s of [t.a, t.b]) {
        if (s.condition) out.push(`    ${words.side(s)}: ${words.condition(s.condition)}`);
        if (s.inheritedFrom)
          out.push(
            `    ${words.side(s)}: ${words.t('slot.inherits', { team: words.team(s.inheritedFrom) })}`,
          );
      }
      out.push(`    → ${words.outcome(t)}${t.source ? ` [${t.source}]` : ''}`);
    }
  }
  flush();
  return out;
}

/** `torneo bracket` in the terminal: each knockout drawn as a bracket, then every tie in full. */
export function drawBrackets(words: BracketText, stages: readonly StageBracketView[]): string {
  if (stages.length === 0) return '';
  return stages
    .map((s) => {
      const entrants = s.entrants?.length
        ? [words.t('bracket.entrants', { teams: s.entrants.map((e) => e.name).join(', ') })]
        : [];
      // Only rounds with a tie are drawn: an empty column says nothing the details do not.
      const drawn = s.rounds.filter((r) => r.ties.length > 0);
      if (drawn.length === 0) return [`== ${s.name} ==`, ...entrants, ...details(words, s.rounds)].join('\n');
      return [
        `== ${s.name} ==`,
        ...entrants,
        '',
        ...drawing(words, drawn),
        '',
        ...details(words, s.rounds),
      ].join('\n');
    })
    .join('\n\n');
}
