import { int32Columns } from './int32-columns.ts';
import type { MatchColumns } from './match-columns.ts';

/** A team record by team index: all matches, or the away part of them. */
export interface RecordColumns {
  readonly won: Int32Array;
  readonly drawn: Int32Array;
  readonly lost: Int32Array;
  readonly goalsFor: Int32Array;
  readonly goalsAgainst: Int32Array;
  /** Draws won / lost on a shoot-out (also counted in `drawn`); zeros without shoot-outs. */
  readonly shootoutWon: Int32Array;
  readonly shootoutLost: Int32Array;
  /** Fair-play points; zeros without card counts. */
  readonly conduct: Int32Array;
}

/** An empty record; columns a table does not carry (shoot-outs, cards) share `zeros`. */
export function emptyRecord(n: number, zeros: Int32Array, columns: MatchColumns): RecordColumns {
  const shootouts = columns.shootout !== undefined;
  const conduct = columns.homeConduct !== undefined && columns.awayConduct !== undefined;
  const block = int32Columns(5 + (shootouts ? 2 : 0) + (conduct ? 1 : 0), n);
  let k = 5;
  return {
    won: block[0]!,
    drawn: block[1]!,
    lost: block[2]!,
    goalsFor: block[3]!,
    goalsAgainst: block[4]!,
    shootoutWon: shootouts ? block[k++]! : zeros,
    shootoutLost: shootouts ? block[k++]! : zeros,
    conduct: conduct ? block[k++]! : zeros,
  };
}

/** Adds matches [from, to) to a record: for both teams, or only for the away team. */
export function accumulate(
  r: RecordColumns,
  columns: MatchColumns,
  from: number,
  to: number,
  awayOnly: boolean,
): void {
  const { home, away, homeGoals, awayGoals } = columns;
  const { won, drawn, lost, goalsFor: gf, goalsAgainst: ga } = r;
  if (awayOnly) {
    for (let m = from; m < to; m++) {
      const a = away[m]!;
      const x = homeGoals[m]!;
      const y = awayGoals[m]!;
      gf[a] = gf[a]! + y;
      ga[a] = ga[a]! + x;
      if (x > y) lost[a] = lost[a]! + 1;
      else if (x < y) won[a] = won[a]! + 1;
      else drawn[a] = drawn[a]! + 1;
    }
  } else {
    for (let m = from; m < to; m++) {
      const h = home[m]!;
      const a = away[m]!;
      const x = homeGoals[m]!;
      const y = awayGoals[m]!;
      gf[h] = gf[h]! + x;
      ga[h] = ga[h]! + y;
      gf[a] = gf[a]! + y;
      ga[a] = ga[a]! + x;
      if (x > y) {
        won[h] = won[h]! + 1;
        lost[a] = lost[a]! + 1;
      } else if (x < y) {
        lost[h] = lost[h]! + 1;
        won[a] = won[a]! + 1;
      } else {
        drawn[h] = drawn[h]! + 1;
        drawn[a] = drawn[a]! + 1;
      }
    }
  }
  const { shootout, homeConduct, awayConduct } = columns;
  if (shootout) {
    const { shootoutWon: sw, shootoutLost: sl } = r;
    for (let m = from; m < to; m++) {
      const s = shootout[m]!;
      const h = home[m]!;
      const a = away[m]!;
      if (s > 0) {
        if (!awayOnly) sw[h] = sw[h]! + 1;
        sl[a] = sl[a]! + 1;
      } else if (s < 0) {
        if (!awayOnly) sl[h] = sl[h]! + 1;
        sw[a] = sw[a]! + 1;
      }
    }
  }
  if (homeConduct && awayConduct) {
    const c = r.conduct;
    for (let m = from; m < to; m++) {
      if (!awayOnly) c[home[m]!] = c[home[m]!]! + homeConduct[m]!;
      c[away[m]!] = c[away[m]!]! + awayConduct[m]!;
    }
  }
}
