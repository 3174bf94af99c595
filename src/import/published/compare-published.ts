import type { TableRow } from '../../core/engine/index.ts';
import type { PublishedStanding, PublishedTable } from '../model/index.ts';

/** The numbers of a row that a computed table and a published one both have. */
export type ComparableRow = Pick<
  TableRow,
  'position' | 'team' | 'played' | 'won' | 'drawn' | 'lost' | 'goalsFor' | 'goalsAgainst' | 'points'
>;

export interface TableComparison {
  readonly heading?: string;
  readonly line: number;
  readonly rows: number;
  readonly matching: number;
  /** One sentence per row that differs, naming the published row's line. */
  readonly differences: readonly string[];
}

const FIELDS = ['position', 'played', 'won', 'drawn', 'lost', 'goalsFor', 'goalsAgainst', 'points'] as const;
const LABEL: Record<(typeof FIELDS)[number], string> = {
  position: 'place',
  played: 'P',
  won: 'W',
  drawn: 'D',
  lost: 'L',
  goalsFor: 'GF',
  goalsAgainst: 'GA',
  points: 'Pts',
};

/**
 * A computed table against the table its source published, row by row: every published row is
 * found in the computed table (through `nameOf`, the published name to the computed one) and its
 * place, record and points compared. A team in one table and not the other is a difference too.
 */
export function comparePublished(
  published: PublishedTable,
  computed: readonly ComparableRow[],
  nameOf: (published: string) => string | undefined,
): TableComparison {
  const byTeam = new Map(computed.map((r) => [r.team, r]));
  const seen = new Set<string>();
  const differences: string[] = [];
  let matching = 0;
  for (const row of published.rows) {
    const team = nameOf(row.team);
    const mine = team === undefined ? undefined : byTeam.get(team);
    if (!mine) {
      differences.push(`line ${row.line}: ${row.team} is not in the imported table`);
      continue;
    }
    seen.add(mine.team);
    const diff = rowDifference(row, mine);
    if (diff) differences.push(`line ${row.line}: ${row.team}: ${diff}`);
    else matching++;
  }
  for (const r of computed)
    if (!seen.has(r.team)) differences.push(`${r.team} (${r.position}.) is not in the published table`);
  return {
    ...(published.heading && { heading: published.heading }),
    line: published.line,
    rows: published.rows.length,
    matching,
    differences,
  };
}

function rowDifference(p: PublishedStanding, c: ComparableRow): string | undefined {
  const parts = FIELDS.filter((f) => p[f] !== c[f]).map(
    (f) => `${LABEL[f]} ${c[f]} imported, ${p[f]} published`,
  );
  return parts.length ? parts.join(', ') : undefined;
}

/** "20/20 rows match", or the count and every difference. */
export function comparisonText(c: TableComparison): string {
  const head = `${c.heading ? `${c.heading}: ` : ''}published table (line ${c.line}): ${c.matching}/${c.rows} rows match`;
  return [head, ...c.differences.map((d) => `  ${d}`)].join('\n');
}
