import { stringify } from 'yaml';

/** One file of a season folder: a path relative to the folder and its YAML text. */
export interface SeasonFolderFile {
  readonly path: string;
  readonly text: string;
}

const DEFINITION_FILES = ['venues', 'clubs', 'teams', 'people', 'links'] as const;
export const FACT_FILES = {
  matches: 'matches',
  adjustments: 'adjustments',
  outcomes: 'outcomes',
  exclusions: 'exclusions',
  lots: 'lots',
  draws: 'draws',
  managerialChanges: 'managerial-changes',
  reportedScorers: 'reported-scorers',
  reportedStats: 'reported-stats',
  linkResolutions: 'link-resolutions',
} as const;

const yaml = (value: unknown, comment?: string): string =>
  `${comment ? `# ${comment}\n` : ''}${stringify(value, { lineWidth: 0, aliasDuplicateObjects: false })}`;

/**
 * A season document as written (definition and facts, as the store keeps them) laid out as a
 * folder: season.yaml (season and sources), one file per definition section, one file per
 * competition and one per fact section. Reading the folder back merges the files in name order,
 * so competitions carry their position (`01-…`) to come back in the same order.
 */
export function seasonFolder(input: Readonly<Record<string, unknown>>): SeasonFolderFile[] {
  const files: SeasonFolderFile[] = [];
  const nonEmpty = (v: unknown) => (Array.isArray(v) ? v.length > 0 : v !== undefined);
  const head = { season: input.season, ...(nonEmpty(input.sources) ? { sources: input.sources } : {}) };
  files.push({ path: 'season.yaml', text: yaml(head) });
  for (const section of DEFINITION_FILES)
    if (nonEmpty(input[section]))
      files.push({ path: `${section}.yaml`, text: yaml({ [section]: input[section] }) });
  const competitions = (input.competitions as readonly { id: string }[] | undefined) ?? [];
  const width = String(competitions.length).length < 2 ? 2 : String(competitions.length).length;
  competitions.forEach((c, i) =>
    files.push({
      path: `competitions/${String(i + 1).padStart(width, '0')}-${c.id}.yaml`,
      text: yaml({ competition: c }),
    }),
  );
  for (const [section, name] of Object.entries(FACT_FILES))
    if (nonEmpty(input[section]))
      files.push({ path: `facts/${name}.yaml`, text: yaml({ [section]: input[section] }) });
  return files;
}
