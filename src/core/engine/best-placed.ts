import type { EntrantDoc } from '../definition/index.ts';
import type { Qualifier, TableRow } from './engine-types.ts';
import type { SeasonLookup } from './season-lookup.ts';

type BestEntrant = Extract<EntrantDoc, { best: number }>;

/**
 * The best-placed teams in one position across groups (e.g. the four best third-placed teams).
 * With groups of unequal size, either the results against the last team of the larger groups
 * are discarded (UEFA EURO practice), or teams are compared on points per game.
 */
export function bestPlaced(engine: SeasonLookup, comp: string, e: BestEntrant): Qualifier[] {
  const stage = engine.stageOf(comp, e.from);
  if (stage.format !== 'groups') return [];
  const knockout = new Set(stage.groups.filter((g) => g.format === 'knockout').map((g) => g.id));
  const tables = engine
    .groupIds(comp, stage)
    .filter((g) => !knockout.has(g))
    .map((g) => engine.table(comp, stage.id, g));
  const smallest = Math.min(...tables.map((t) => t.rows.length));
  const candidates = tables.flatMap((t) => {
    const row = t.rows[e.position - 1];
    if (!row) return [];
    const lastTeam = t.rows.length > smallest ? t.rows.at(-1)!.team : undefined;
    const matches = engine
      .stageMatches(comp, stage.id)
      .filter((m) => m.group === t.group && (m.status === 'played' || m.status === 'awarded'));
    const discard =
      e.unequalGroups === 'discard-last' && lastTeam
        ? matches.filter(
            (m) =>
              (m.home === row.team && m.away === lastTeam) || (m.away === row.team && m.home === lastTeam),
          )
        : [];
    return [
      {
        row: discardResults(row, discard, t.rules.points),
        certain: t.certainty === 'derived',
        group: t.group,
      },
    ];
  });
  const key = (r: TableRow) =>
    e.unequalGroups === 'points-per-game' ? r.points / Math.max(1, r.played) : r.points;
  candidates.sort(
    (a, b) =>
      key(b.row) - key(a.row) ||
      b.row.goalDifference - a.row.goalDifference ||
      b.row.goalsFor - a.row.goalsFor ||
      b.row.won - a.row.won,
  );
  const allCertain = candidates.every((c) => c.certain);
  return candidates.slice(0, e.best).map((c, i) => ({
    team: c.row.team,
    certainty: allCertain ? 'derived' : 'provisional',
    slot: `best ${ordinal(e.position)} #${i + 1} (${c.group})`,
  }));
}

const ordinal = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}-placed`;

function discardResults(
  row: TableRow,
  matches: readonly {
    home: string;
    result?: { fullTime: { home: number; away: number }; extraTime?: { home: number; away: number } };
  }[],
  points: { win: number; draw: number; loss: number },
): TableRow {
  let { played, won, drawn, lost, goalsFor, goalsAgainst, points: pts } = row;
  for (const m of matches) {
    const s = m.result?.extraTime ?? m.result?.fullTime;
    if (!s) continue;
    const [gf, ga] = m.home === row.team ? [s.home, s.away] : [s.away, s.home];
    played--;
    goalsFor -= gf;
    goalsAgainst -= ga;
    if (gf > ga) {
      won--;
      pts -= points.win;
    } else if (gf === ga) {
      drawn--;
      pts -= points.draw;
    } else {
      lost--;
      pts -= points.loss;
    }
  }
  return {
    ...row,
    played,
    won,
    drawn,
    lost,
    goalsFor,
    goalsAgainst,
    goalDifference: goalsFor - goalsAgainst,
    points: pts,
  };
}
