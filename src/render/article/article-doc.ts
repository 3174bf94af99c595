/**
 * An article as a tree of blocks and inline content, independent of the output format: the
 * sections build it once, and the wikitext, Markdown and HTML writers each render it.
 */
export type Inline =
  | string
  | { readonly kind: 'link'; readonly target: string; readonly text?: string }
  | { readonly kind: 'flag'; readonly country: string }
  | { readonly kind: 'ref'; readonly source: string }
  | { readonly kind: 'bold'; readonly content: readonly Inline[] }
  | { readonly kind: 'italic'; readonly content: readonly Inline[] }
  | { readonly kind: 'break' };

export type Cell = readonly Inline[];

export type TableRow =
  | { readonly kind: 'cells'; readonly cells: readonly Cell[] }
  /** A row across the whole table, as the "Pre-season changes" line of a managerial-changes table. */
  | { readonly kind: 'section'; readonly text: string };

export interface TableBlock {
  readonly kind: 'table';
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
  readonly align?: readonly ('left' | 'right' | 'center')[];
  /** The first column names the row (a results matrix's home team). */
  readonly rowHeaders?: boolean;
}

export interface InfoboxBlock {
  readonly kind: 'infobox';
  readonly title: string;
  /**
   * `key` is the template parameter (`biggest home win`), `label` the words shown. A `templateOnly`
   * field is one the template needs apart (a cup's name before its qualifiers) and other formats skip.
   */
  readonly fields: readonly {
    readonly key: string;
    readonly label: string;
    readonly value: readonly Inline[];
    readonly templateOnly?: boolean;
  }[];
}

/** One row of a league table, with what the Sports table module needs. */
export interface StandingsRow {
  readonly position: number;
  readonly code: string;
  readonly team: Inline;
  readonly won: number;
  readonly drawn: number;
  readonly lost: number;
  readonly goalsFor: number;
  readonly goalsAgainst: number;
  readonly points: number;
  /** Points added (positive) or taken away (negative). */
  readonly adjustment: number;
  /** What the place leads to ("Final"), shown as a coloured result column. */
  readonly result?: string;
}

export interface StandingsBlock {
  readonly kind: 'standings';
  readonly rows: readonly StandingsRow[];
  readonly winPoints: number;
  readonly drawPoints: number;
  readonly lossPoints: number;
  readonly notes: readonly Inline[][];
  readonly sources: readonly string[];
}

export interface FootballBoxBlock {
  readonly kind: 'football-box';
  readonly date?: string;
  readonly team1: Inline;
  readonly team2: Inline;
  /** The score after extra time when there was extra time (Wikipedia's football box field). */
  readonly score: string;
  /** The result as Torneo writes it everywhere (src/render/score-text.ts): "2–2 (3–3 a.e.t., 5–3 pens)". */
  readonly scoreline: string;
  readonly afterExtraTime: boolean;
  readonly penaltyScore?: string;
  readonly goals1: readonly BoxEvent[];
  readonly goals2: readonly BoxEvent[];
  readonly penalties1: readonly BoxKick[];
  readonly penalties2: readonly BoxKick[];
  readonly stadium?: readonly Inline[];
  readonly attendance?: string;
  readonly referee?: string;
  readonly sources: readonly string[];
}

export interface BoxEvent {
  readonly name: string;
  readonly minute?: string;
  readonly mark?: 'pen' | 'og' | 'red';
}

export interface BoxKick {
  readonly name: string;
  readonly scored: boolean;
}

export type Block =
  | { readonly kind: 'heading'; readonly level: 2 | 3 | 4; readonly text: string }
  | { readonly kind: 'paragraph'; readonly content: readonly Inline[] }
  | { readonly kind: 'list'; readonly items: readonly (readonly Inline[])[] }
  | TableBlock
  | InfoboxBlock
  | StandingsBlock
  | FootballBoxBlock
  | { readonly kind: 'references' };

export interface ArticleDoc {
  readonly title: string;
  readonly blocks: readonly Block[];
  /** Every source cited, in the order of first citation, with the words of its reference. */
  readonly references: readonly { readonly id: string; readonly text: string; readonly url?: string }[];
}
