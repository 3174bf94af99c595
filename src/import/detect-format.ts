/**
 * Which reader a file needs, from its name and its first line. Pure: the caller reads the file.
 */
export type SourceFormat =
  | 'football-txt'
  | 'football-json'
  | 'published-tables'
  | 'football-data-csv'
  | 'engsoccerdata-csv'
  | 'engsoccerdata-deductions'
  | 'seanelvidge-deductions'
  | 'results-csv';

export type Detection = { readonly format: SourceFormat } | { readonly skip: string };

export function detectFormat(path: string, head: string): Detection {
  const name = path.split(/[\\/]/).pop() ?? path;
  const lower = name.toLowerCase();
  if (lower.endsWith('.conf.txt')) return { format: 'published-tables' };
  if (lower.endsWith('.txt')) {
    if (/(^|[\\/])squads[\\/]/.test(path)) return { skip: 'a squad list, not matches' };
    return { format: 'football-txt' };
  }
  if (lower.endsWith('.json')) {
    if (lower === 'package.json') return { skip: 'a package manifest' };
    return /"(?:matches|rounds)"\s*:/.test(head)
      ? { format: 'football-json' }
      : { skip: 'JSON without "matches" or "rounds"' };
  }
  if (lower.endsWith('.csv')) {
    const header = (head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').replace(/"/g, '');
    const cols = new Set(header.split(',').map((c) => c.trim()));
    if (cols.has('hgoal') && cols.has('vgoal')) return { format: 'engsoccerdata-csv' };
    if (cols.has('deduction') && cols.has('team')) return { format: 'engsoccerdata-deductions' };
    if (cols.has('Pts_deducted')) return { format: 'seanelvidge-deductions' };
    if (cols.has('FTHG') || (cols.has('HG') && cols.has('Home'))) return { format: 'football-data-csv' };
    // A results CSV with a misspelt column is still one: its reader names the column and suggests.
    if (cols.has('home_goals') || cols.has('away_goals') || (cols.has('home') && cols.has('away')))
      return { format: 'results-csv' };
    return { skip: `a CSV whose header is none Torneo reads: ${header.slice(0, 80)}` };
  }
  return { skip: 'not a data file Torneo reads' };
}
