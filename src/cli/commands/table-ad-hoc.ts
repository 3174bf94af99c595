import { AdHocRulesSchema, type AdHocRulesDoc } from '../../core/definition/index.ts';
import { rank } from '../../core/engine/rank.ts';
import { applyTableDoc, DEFAULT_TABLE_RULES } from '../../core/engine/resolve-rules.ts';
import { isoDate, teamId, type TableRules } from '../../core/model/index.ts';
import { suggest } from '../../core/names/suggest.ts';
import { TABLE_RULES_PRESET_IDS } from '../../core/tiebreakers/index.ts';
import { standingsText } from '../../render/standings-text.ts';
import { formatIssue } from '../../season/load-season.ts';
import { loadYamlDocument } from '../../season/load-yaml-document.ts';
import { CliError } from '../cli-error.ts';
import { dateFlag } from '../date-flag.ts';
import type { CommandContext } from '../context.ts';
import { printJson } from '../output.ts';
import { readResultsFile, readText } from '../results-file.ts';
import { tableJson } from './table.ts';

interface AdHocFlags {
  rules?: string;
  preset?: string;
  json?: boolean;
  asOf?: string;
  seed?: string;
  side: 'all' | 'home' | 'away';
}

/** `torneo table --results FILE.csv`: a table from a results file, no season needed. */
export async function adHocTable(ctx: CommandContext, file: string, flags: AdHocFlags): Promise<void> {
  if (flags.rules && flags.preset)
    throw new CliError('usage', 'give --rules or --preset, not both (a rules file may name a preset itself)');
  if (flags.asOf !== undefined) dateFlag('--as-of', flags.asOf);
  const matches = readResultsFile(ctx, file);
  const doc = flags.rules ? readRules(ctx, flags.rules) : undefined;
  const rules = rulesOf(flags.preset, doc);
  const teams: string[] = [...new Set(matches.flatMap((m) => [m.home, m.away]))];
  const unknown = [...(doc?.adjustments.map((a) => a.team) ?? []), ...(doc?.lots.flat() ?? [])].filter(
    (t) => !teams.includes(t),
  );
  if (unknown.length) {
    const t = unknown[0]!;
    const hint = suggest(t, teams);
    throw new CliError(
      'invalid_input',
      `${flags.rules}: team '${t}' does not play in ${file}${hint ? ` — did you mean '${hint}'?` : ''}`,
    );
  }
  const ranked = rank({
    teams,
    matches,
    rules,
    adjustments: (doc?.adjustments ?? []).map((a) => ({
      team: teamId(a.team),
      points: a.points,
      reason: a.reason,
      ...(a.date ? { effective: isoDate(a.date) } : {}),
    })),
    lots: doc?.lots ?? [],
    playoffs: [],
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
    certainty: 'provisional' as const,
  };
  if (flags.json) return printJson(ctx.output, tableJson(table));
  ctx.output.out(
    standingsText(table, (id) => id, { home: flags.side === 'home', away: flags.side === 'away' }),
  );
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
