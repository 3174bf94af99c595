/**
 * Headings of a Football.TXT file and what they say about the matches below them.
 *
 *   = English Premier League 2023/24      title (competition and season)
 *   =Premier League 2023/24=              title, RSSSF style
 *   ==Europe (UEFA)==   ===Regular Stage==     sections (a stage path)
 *   » League, Matchday 1                  round
 *   ▪ Playoff Stage  ▪▪ Path A  ▪▪▪ Semifinals   nested rounds
 *   Matchday 1   Group A   Round of 16     plain round headings
 *
 * A heading with `|` after it (`▪ Matchday 1 | Sun Nov 20`, `Group A | Qatar Ecuador …`) only
 * defines rounds or groups and does not start a section of matches.
 */
export type Heading =
  | { readonly kind: 'title'; readonly text: string; readonly competition: string; readonly season?: string }
  | { readonly kind: 'section'; readonly level: number; readonly text: string }
  | { readonly kind: 'round'; readonly level: number; readonly text: string }
  | { readonly kind: 'round_definition' }
  | { readonly kind: 'group_definition' };

const TITLE = /^=\s*([^=]*?)\s*=?\s*$/;
const SECTION = /^(={2,})\s*([^=]*?)\s*=*\s*$/;
const SEASON = /\s+(\d{4}(?:[/-]\d{2,4})?)$/;
const PLAIN = new RegExp(
  '^(?:Matchday|Match\\s?day|Round|Group|Gruppe|Grupo|Final|Finals|Semi-?finals?|Quarter-?finals?|' +
    'Play-?offs?|Playoff|Replays?|Preliminary|Qualifying|Knockout|Third[ -]place|Match for third place|' +
    '\\d+(?:st|nd|rd|th)\\s+Round|1/\\d+\\s+Finals?|First\\s+Round|Second\\s+Round|Regular|Stage|Phase)\\b',
  'i',
);

export function splitTitle(text: string): { competition: string; season?: string } {
  const m = SEASON.exec(text);
  return m ? { competition: text.slice(0, m.index).trim(), season: m[1]! } : { competition: text };
}

export function readHeading(line: string): Heading | undefined {
  if (line.startsWith('==')) {
    const m = SECTION.exec(line);
    return m ? { kind: 'section', level: m[1]!.length, text: m[2]! } : undefined;
  }
  if (line.startsWith('=')) {
    const m = TITLE.exec(line);
    if (!m) return undefined;
    return { kind: 'title', text: m[1]!, ...splitTitle(m[1]!) };
  }
  const marker = /^(»|▪+)\s*/.exec(line);
  if (marker) {
    const text = line.slice(marker[0].length).trim();
    if (text.includes('|')) return { kind: 'round_definition' };
    return { kind: 'round', level: marker[1] === '»' ? 1 : marker[1]!.length, text };
  }
  if (/^(?:Group|Gruppe|Grupo)\s+\S+\s*\|/.test(line)) return { kind: 'group_definition' };
  if (PLAIN.test(line) && !/\d\s*-\s*\d|\sv\s/.test(line)) {
    if (line.includes('|')) return { kind: 'round_definition' };
    return { kind: 'round', level: 1, text: line.trim() };
  }
  return undefined;
}

/** What a round heading path says: group, matchday, leg, replay. */
export interface RoundFacts {
  readonly group?: string;
  readonly matchday?: number;
  readonly leg?: number;
  readonly replay?: boolean;
  /** The round without its leg or replay part: both legs of a tie share it. */
  readonly tieRound: string;
  /** Rounds whose reverse fixtures are legs of one tie (knockout rounds, not groups or leagues). */
  readonly knockout: boolean;
}

const GROUP = /\b(?:Group|Gruppe|Grupo)\s+([A-Z0-9]{1,3})\b/i;
const MATCHDAY = /\b(?:Matchday|Match\s?day|Jornada|Spieltag)\s+(\d{1,3})\b|\b(\d{1,3})\.\s*Round\b/i;
const FIRST_LEG = /\b(?:First|1st)\s+Legs?\b/i;
const SECOND_LEG = /\b(?:Second|2nd)\s+Legs?\b/i;
const REPLAY = /\bReplays?\b/i;
const LEG_PART = /,?\s*\b(?:(?:First|1st|Second|2nd)\s+Legs?|Replays?)\b/gi;
const GROUP_WORD = /\b(?:Group|Gruppe|Grupo)\b/i;
const KNOCKOUT_WORD =
  /\b(?:Finals?|Semi-?finals?|Quarter-?finals?|Play-?offs?|Playoffs?|1\/\d+|Preliminary|Qualifying|Knockout|Path|Legs?|Replays?|Round of \d+)\b/i;
const ROUND_WORD = /\bRound\b/i;
const LEAGUE_WORD =
  /\b(?:Round Robin|Matchday|Match\s?day|League|Regular|Season|Apertura|Clausura|Semestre|Stage|Phase)\b/i;
const MATCHDAY_PART = /,?\s*\b(?:Matchday|Match\s?day)\s+\d{1,3}\b/gi;

export function roundFacts(round: string): RoundFacts {
  const g = GROUP_WORD.test(round) ? GROUP.exec(round) : null;
  const md = MATCHDAY.exec(round);
  const leg = FIRST_LEG.test(round) ? 1 : SECOND_LEG.test(round) ? 2 : undefined;
  const replay = REPLAY.test(round);
  // A group meets home and away under one heading, and so may a league listed without
  // matchdays; a knockout round ("Playoffs, Matchday 1" and "… Matchday 2" included) pairs legs.
  const strong = KNOCKOUT_WORD.test(round);
  const knockout =
    !GROUP_WORD.test(round) && (strong || (ROUND_WORD.test(round) && !LEAGUE_WORD.test(round)));
  let tieRound = round.replace(LEG_PART, '');
  if (strong) tieRound = tieRound.replace(MATCHDAY_PART, '');
  return {
    ...(g && { group: g[1]! }),
    ...(md && { matchday: Number(md[1] ?? md[2]) }),
    ...(leg !== undefined && { leg }),
    ...(replay && { replay }),
    tieRound: tieRound.replace(/^[\s,]+|[\s,]+$/g, ''),
    knockout,
  };
}

/** `roundFacts` remembered per heading: a file repeats the same few headings thousands of times. */
export function memoRoundFacts(): (round: string) => RoundFacts {
  const seen = new Map<string, RoundFacts>();
  return (round) => {
    let facts = seen.get(round);
    if (!facts) seen.set(round, (facts = roundFacts(round)));
    return facts;
  };
}
