import type {
  ArticleDoc,
  Block,
  FootballBoxBlock,
  Inline,
  StandingsBlock,
  TableBlock,
} from './article-doc.ts';

export interface WikitextOptions {
  /** `sports-table` (default): group tables through `{{#invoke:Sports table|main|style=WDL}}`; `wikitable`: plain tables. */
  readonly tables?: 'sports-table' | 'wikitable';
}

/** The article as MediaWiki wikitext, with the templates a football wiki has (Infobox, Sports table, Football box). */
export function renderWikitext(doc: ArticleDoc, options: WikitextOptions = {}): string {
  const w = new WikitextWriter(doc, options.tables ?? 'sports-table');
  return `${doc.blocks.map((b) => w.block(b)).join('\n\n')}\n`;
}

class WikitextWriter {
  private readonly named = new Set<string>();

  constructor(
    private readonly doc: ArticleDoc,
    private readonly tables: 'sports-table' | 'wikitable',
  ) {}

  block(b: Block): string {
    switch (b.kind) {
      case 'heading': {
        const marks = '='.repeat(b.level);
        return `${marks} ${b.text} ${marks}`;
      }
      case 'paragraph':
        return this.inline(b.content);
      case 'list':
        return b.items.map((i) => `* ${this.inline(i)}`).join('\n');
      case 'table':
        return this.table(b);
      case 'infobox':
        return [
          '{{Infobox football league season',
          ...b.fields.map((f) => `| ${f.key} = ${this.inline(f.value)}`),
          '}}',
        ].join('\n');
      case 'standings':
        return this.tables === 'sports-table' ? this.sportsTable(b) : this.plainStandings(b);
      case 'football-box':
        return this.footballBox(b);
      case 'references':
        return '{{reflist}}';
    }
  }

  inline(content: readonly Inline[]): string {
    return content.map((i) => this.one(i)).join('');
  }

  private one(i: Inline): string {
    if (typeof i === 'string') return i;
    switch (i.kind) {
      case 'link':
        return i.text && i.text !== i.target ? `[[${i.target}|${i.text}]]` : `[[${i.target}]]`;
      case 'flag':
        return `{{flagicon|${i.country}}}`;
      case 'ref':
        return this.ref(i.source);
      case 'bold':
        return `'''${this.inline(i.content)}'''`;
      case 'italic':
        return `''${this.inline(i.content)}''`;
      case 'break':
        return '<br />';
    }
  }

  /** The first citation of a source carries its text; later ones name it. */
  private ref(id: string): string {
    const name = id.replace(/"/g, '');
    if (this.named.has(id)) return `<ref name="${name}" />`;
    this.named.add(id);
    const r = this.doc.references.find((x) => x.id === id);
    const text = r ? (r.url ? `[${r.url} ${r.text}]` : r.text) : id;
    return `<ref name="${name}">${text}</ref>`;
  }

  private table(t: TableBlock): string {
    const align = (i: number) =>
      t.align?.[i] === 'right'
        ? 'style="text-align:right" | '
        : t.align?.[i] === 'center'
          ? 'style="text-align:center" | '
          : '';
    const lines = ['{| class="wikitable"', `! ${t.header.join(' !! ')}`];
    for (const row of t.rows) {
      lines.push('|-');
      if (row.kind === 'section') lines.push(`! colspan="${t.header.length}" | ${row.text}`);
      else
        lines.push(
          ...row.cells.map((c, i) => `${t.rowHeaders && i === 0 ? '!' : '|'} ${align(i)}${this.inline(c)}`),
        );
    }
    lines.push('|}');
    return lines.join('\n');
  }

  private sportsTable(s: StandingsBlock): string {
    const code = (c: string) => c.replace(/[^A-Za-z0-9]/g, '').toUpperCase() || 'X';
    const lines = [
      '{{#invoke:Sports table|main|style=WDL',
      ...(s.sources.length ? [`|source=${s.sources.map((id) => this.ref(id)).join('')}`] : []),
    ];
    lines.push(`|winpoints=${s.winPoints} |drawpoints=${s.drawPoints} |losspoints=${s.lossPoints}`);
    // Positions as `|team1= |team2= …`, the form the module's documentation gives.
    lines.push(s.rows.map((r, i) => `|team${i + 1}=${code(r.code)}`).join(' '));
    for (const r of s.rows) {
      const c = code(r.code);
      const adjust = r.adjustment ? ` |adjust_points_${c}=${r.adjustment}` : '';
      lines.push(`|name_${c}=${this.one(r.team)}`);
      lines.push(
        `|win_${c}=${r.won} |draw_${c}=${r.drawn} |loss_${c}=${r.lost} |gf_${c}=${r.goalsFor} |ga_${c}=${r.goalsAgainst}${adjust}`,
      );
    }
    const results = [...new Set(s.rows.flatMap((r) => (r.result ? [r.result] : [])))];
    results.forEach((res, i) => lines.push(`|col_R${i + 1}=green1 |text_R${i + 1}=${res}`));
    s.rows.forEach((r) => r.result && lines.push(`|result${r.position}=R${results.indexOf(r.result) + 1}`));
    lines.push('}}');
    const notes = s.notes.map((n) => `* ${this.inline(n)}`);
    return [lines.join('\n'), ...(notes.length ? [notes.join('\n')] : [])].join('\n');
  }

  private plainStandings(s: StandingsBlock): string {
    const lines = [
      '{| class="wikitable" style="text-align:center"',
      '! Pos !! Team !! Pld !! W !! D !! L !! GF !! GA !! GD !! Pts',
    ];
    for (const r of s.rows) {
      const gd = r.goalsFor - r.goalsAgainst;
      lines.push(
        '|-',
        `| ${r.position} || style="text-align:left" | ${this.one(r.team)} || ${r.won + r.drawn + r.lost} || ${r.won} || ${r.drawn} || ${r.lost} || ${r.goalsFor} || ${r.goalsAgainst} || ${gd > 0 ? '+' : gd < 0 ? '−' : ''}${Math.abs(gd)} || ${r.points}${r.adjustment ? `<sup>${r.adjustment > 0 ? '+' : '−'}${Math.abs(r.adjustment)}</sup>` : ''}`,
      );
    }
    lines.push('|}');
    return [lines.join('\n'), ...s.notes.map((n) => `* ${this.inline(n)}`)].join('\n');
  }

  private footballBox(b: FootballBoxBlock): string {
    const event = (e: FootballBoxBlock['goals1'][number]) =>
      e.mark === 'red'
        ? `${e.name} {{sent off|0|${e.minute ?? ''}}}`
        : `${e.name} {{goal|${e.minute ?? ''}${e.mark === 'pen' ? '|pen.' : e.mark === 'og' ? '|o.g.' : ''}}}`;
    const kick = (k: FootballBoxBlock['penalties1'][number]) =>
      `${k.name} ${k.scored ? '{{pengoal}}' : '{{penmiss}}'}`;
    const field = (key: string, value: string | undefined) =>
      value !== undefined ? [`|${key.padEnd(12)} = ${value}`] : [];
    return [
      '{{Football box',
      ...field('date', b.date),
      ...field('team1', this.one(b.team1)),
      ...field('score', b.score),
      ...(b.afterExtraTime ? field('aet', 'yes') : []),
      ...field('report', this.inline(b.sources.slice(0, 1).map((source) => ({ kind: 'ref', source })))),
      ...field('team2', this.one(b.team2)),
      ...field('goals1', b.goals1.map(event).join('<br />')),
      ...field('goals2', b.goals2.map(event).join('<br />')),
      ...(b.penaltyScore ? field('penaltyscore', b.penaltyScore) : []),
      ...(b.penalties1.length ? field('penalties1', b.penalties1.map(kick).join('<br />')) : []),
      ...(b.penalties2.length ? field('penalties2', b.penalties2.map(kick).join('<br />')) : []),
      ...field('stadium', b.stadium ? this.inline(b.stadium) : undefined),
      ...field('attendance', b.attendance),
      ...field('referee', b.referee),
      '}}',
    ].join('\n');
  }
}
