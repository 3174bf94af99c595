import { stringify } from 'yaml';
import { foldName } from '../core/names/suggest.ts';
import type { SeasonFolderFile } from './season-folder.ts';

/** What `torneo init` asks for. */
export interface NewSeason {
  readonly name: string;
  readonly id?: string;
  readonly country?: string;
  readonly clubs: readonly string[];
  readonly format: 'league' | 'groups';
  /** Number of groups, for `groups`. */
  readonly groups?: number;
  /** Round-robin cycles: 1 single, 2 home and away. */
  readonly rounds?: number;
  readonly competition?: string;
}

export const slugOf = (name: string): string => foldName(name).replace(/ /g, '-');

/** A three-letter code per club, unique within the season, or none when no candidate is free. */
function codes(names: readonly string[]): (string | undefined)[] {
  const used = new Set<string>();
  return names.map((name) => {
    const words = foldName(name).toUpperCase().split(' ').filter(Boolean);
    const letters = words.join('');
    const candidates = [
      words.length >= 3
        ? words
            .slice(0, 3)
            .map((w) => w[0])
            .join('')
        : undefined,
      letters.slice(0, 3),
      words.length === 2 ? `${words[0]![0]}${words[1]!.slice(0, 2)}` : undefined,
      ...[...letters.slice(1)].map((c) => `${letters.slice(0, 2)}${c}`),
    ];
    const code = candidates.find((c) => c !== undefined && /^[A-Z]{3}$/.test(c) && !used.has(c));
    if (code) used.add(code);
    return code;
  });
}

/** The files of a new season folder: season.yaml, clubs.yaml and one competition. The caller validates them (club ids must differ). */
export function newSeasonFiles(s: NewSeason): SeasonFolderFile[] {
  // Names that make the same id are refused before (init says which), never renamed in silence.
  const ids = s.clubs.map((name) => slugOf(name) || 'club');
  const clubCodes = codes(s.clubs);
  const clubs = s.clubs.map((name, i) => ({
    id: ids[i],
    name,
    ...(clubCodes[i] ? { code: clubCodes[i] } : {}),
  }));
  const competitionName = s.competition ?? s.name;
  const competitionId = slugOf(competitionName) || 'league';
  const rounds = s.rounds ?? 2;
  const stage =
    s.format === 'league'
      ? { id: 'league', name: 'League', format: 'league', rounds }
      : {
          id: 'groups',
          name: 'Group stage',
          format: 'groups',
          rounds,
          groups: Array.from({ length: s.groups ?? 2 }, (_, g) => ({
            id: String.fromCharCode(97 + g),
            name: `Group ${String.fromCharCode(65 + g)}`,
            teams: ids.filter((_, i) => i % (s.groups ?? 2) === g),
          })),
        };
  const season = { id: s.id ?? slugOf(s.name), name: s.name, ...(s.country ? { country: s.country } : {}) };
  const yaml = (v: unknown) => stringify(v, { lineWidth: 0 });
  return [
    {
      path: 'season.yaml',
      text: `# Started with torneo init. Add venues, teams, people and the facts as the season goes.\n${yaml({ season })}`,
    },
    { path: 'clubs.yaml', text: yaml({ clubs }) },
    {
      path: `competitions/01-${competitionId}.yaml`,
      text: yaml({
        competition: {
          id: competitionId,
          name: competitionName,
          teams: ids,
          rules: { points: { win: 3, draw: 1, loss: 0 } },
          stages: [stage],
        },
      }),
    },
  ];
}
