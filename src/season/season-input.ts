import { loadSeasonFromFiles, type LoadedSeason } from './load-season.ts';
import { mergeSeasonFiles } from './merge.ts';
import { parseYamlFile } from './parse-yaml.ts';
import { readSeasonFiles } from './source-files.ts';

export interface LoadedSeasonInput extends LoadedSeason {
  /**
   * The merged document as written, before validation; its entries line up one to one with
   * `doc`'s. Storage keeps facts in this form (the schema's transforms cannot be undone).
   */
  readonly input?: Readonly<Record<string, unknown>>;
}

/** loadSeason, plus the season as written: what `torneo load` stores. Reads the files once. */
export function loadSeasonInput(target: string): LoadedSeasonInput {
  const files = readSeasonFiles(target);
  const loaded = loadSeasonFromFiles(files);
  if (!loaded.doc) return loaded;
  const parsed = files.flatMap((f) => parseYamlFile(f).parsed ?? []);
  return { ...loaded, input: mergeSeasonFiles(parsed).merged.value };
}
