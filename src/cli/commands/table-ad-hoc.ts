import { AdHocRulesSchema, type AdHocPlayoffDoc, type AdHocRulesDoc } from '../../core/definition/index.ts';
import { rank } from '../../core/engine/rank.ts';
import { tableCompleteness } from '../../core/engine/table-completeness.ts';
import { applyTableDoc, DEFAULT_TABLE_RULES } from '../../core/engine/resolve-rules.ts';
import { isoDate, matchId, teamId, type Match, type TableRules } from '../../core/model/index.ts';
import { suggest } from '../../core/names/suggest.ts';
import { TABLE_RULES_PRESET_IDS } from '../../core/tiebreakers/index.ts';
import { engineMatch } from '../../import/engine-match.ts';
import { publishedComparison } from '../../import/published/published-comparison.ts';
import { standingsText } from '../../render/standings-text.ts';
import { formatIssue } from '../../season/load-season.ts';
import { loadYamlDocument } from '../../season/load-yaml-document.ts';
import { CliError } from '../cli-error.ts';
import { dateFlag } from '../date-flag.ts';
import type { CommandContext } from '../context.ts';
import { printJson } from '../output.ts';
import { readResultsSource, readText } from '../results-file.ts';
import { tableJson } from './table.ts';

interface AdHocFlags {
  rules?: string;
  preset?: string;
  json?: boolean;
  asOf?: string;
  seed?: string;
  skipBad?: boolean;
  side: 'all' | 'home' | 'away';
}

/**
 * `torneo table --results FILE`: a table from any file `import` reads, no season needed. The
 * adjustments come from the rules file, else from the table the file publishes (RSSSF's
 * `[-8]` with its `NB:` reason), and the computed table is compared with that published table
 * row by row.
 */
export async function adHocTable(ctx: CommandContext, file: string, flags: AdHocFlags): Promise<void> {
  if (flags.rules && flags.preset)
    throw new CliError('usage', 'give --rules or --preset, not both (a rules file may name a preset itself)');
  if (flags.asOf !== undefined) dateFlag('--as-of', flags.asOf);
  const read = readResultsSource(ctx, file, flags.skipBad === true);
  const doc = flags.rules ? readRules(ctx, flags.rules) : undefined;
  const rules = rulesOf(flags.preset, doc);
  const matches = read.matches.map(engineMatch);
  const teams = [...new Set(read.matches.flatMap((m) => [m.home, m.away]))];
  const published = publishedComparison(read, teams);
  checkTeams(doc, flags.rules, file, teams);
  const adjustments = doc?.adjustments ?? published?.adjustments ?? [];
  const ranked = rank({
    teams,
    matches,
    rules,
    adjustments: adjustments.map((a) => ({
      team: teamId(a.team),
      points: a.points,
      reason: a.reason ?? 'adjustment',
      ...(a.date ? { effective: isoDate(a.date) } : {}),
    })),
    lots: doc?.lots ?? [],
    playoffs: (doc?.playoffs ?? []).map(playoffMatch),
    side: flags.side,
    ...(flags.asOf ? { asOf: flags.asOf } : {}),
    ...(flags.seed ? { seed: Number(flags.seed) } : {}),
  });
  const table = {
    competition: '',
    stage: '',
    name: file,
    rules,
    rows: ranked.rows,
    notes: ranked.notes,
    explanations: ranked.table.explanations,
    decisions: ranked.table.notes,
    adjustments: [],
    matchesPlayed: matches.filter((m) => m.status === 'played' || m.status === 'awarded').length,
    // A file of results says nothing of the matches it leaves out, nor of when its stage ends.
    completeness: tableCompleteness(matches, undefined, false),
    certainty: 'provisional' as const,
  };
  const compared =
    published && !flags.asOf && flags.side === 'all' ? published.compare(ranked.rows) : undefined;
  const names = { teamName: (id: string) => published?.displayName(id) ?? id };
  if (flags.json)
    return printJson(ctx.output, {
      ...tableJson(table, names),
      ...(compared && { published: compared }),
    });
  ctx.output.out(
    standingsText(table, names.teamName, { home: flags.side === 'home', away: flags.side === 'away' }),
  );
  if (compared) ctx.output.out(`\n${published!.text(compared)}`);
}

function checkTeams(
  doc: AdHocRulesDoc | undefined,
  rulesFile: string | undefined,
  file: string,
  teams: string[],
) {
  const named = [
    ...(doc?.adjustments?.map((a) => a.team) ?? []),
    ...(doc?.lots.flat() ?? []),
    ...(doc?.playoffs.flatMap((p) => ('teams' in p ? [...p.teams, p.winner] : [p.home, p.away])) ?? []),
  ];
  const unknown = named.filter((t) => !teams.includes(t));
  if (unknown.length) {
    const t = unknown[0]!;
    const hint = suggest(t, teams);
    throw new CliError(
      'invalid_input',
      `${rulesFile}: team '${t}' does not play in ${file}${hint ? ` — did you mean '${hint}'?` : ''}`,
    );
  }
}

/** A play-off of the rules file as the match the play-off criterion reads. */
function playoffMatch(p: AdHocPlayoffDoc, i: number): Match {
  const id = matchId(`playoff-${i + 1}`);
  if ('teams' in p) {
    const [home, away] = p.teams;
    return {
      id,
      home: teamId(home),
      away: teamId(away),
      status: 'awarded',
      awardedTo: teamId(p.winner),
      ...(p.date ? { date: isoDate(p.date) } : {}),
    };
  }
  return {
    id,
    home: teamId(p.home),
    away: teamId(p.away),
    status: 'played',
    result: {
      fullTime: p.score,
      ...(p.extraTime ? { extraTime: p.extraTime } : {}),
      ...(p.penalties ? { penalties: p.penalties } : {}),
    },
    ...(p.date ? { date: isoDate(p.date) } : {}),
  };
}

export function readRules(ctx: CommandContext, file: string): AdHocRulesDoc {
  const loaded = loadYamlDocument({ path: file, text: readText(ctx, file) }, AdHocRulesSchema);
  if (!loaded.value)
    throw new CliError(
      'invalid_input',
      `${file}: ${loaded.issues.length} error(s)`,
      loaded.issues.map(formatIssue),
    );
  return loaded.value;
}

/** The rules file over its preset (or --preset) over the default; an unknown preset is a usage error. */
export function rulesOf(preset: string | undefined, doc: AdHocRulesDoc | undefined): TableRules {
  const name = preset ?? doc?.preset;
  if (name && !(TABLE_RULES_PRESET_IDS as readonly string[]).includes(name)) {
    const hint = suggest(name, TABLE_RULES_PRESET_IDS);
    throw new CliError(
      'usage',
      `unknown preset '${name}'${hint ? ` — did you mean '${hint}'?` : ''}; known: ${TABLE_RULES_PRESET_IDS.join(', ')}`,
    );
  }
  return applyTableDoc(DEFAULT_TABLE_RULES, { ...doc, ...(name ? { preset: name } : {}) });
}
