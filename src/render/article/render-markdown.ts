import type {
  ArticleDoc,
  Block,
  FootballBoxBlock,
  Inline,
  StandingsBlock,
  TableBlock,
} from './article-doc.ts';
import type { ArticleText } from './i18n/index.ts';

/** The article as Markdown (GitHub flavour: pipe tables, footnotes for references). */
export function renderMarkdown(doc: ArticleDoc, text: ArticleText): string {
  const w = new MarkdownWriter(doc, text);
  return `# ${doc.title}\n\n${doc.blocks.map((b) => w.block(b)).join('\n\n')}\n`;
}

const cellText = (s: string) => s.replace(/\|/g, '\\|');

class MarkdownWriter {
  constructor(
    private readonly doc: ArticleDoc,
    private readonly text: ArticleText,
  ) {}

  block(b: Block): string {
    switch (b.kind) {
      case 'heading':
        return `${'#'.repeat(b.level)} ${b.text}`;
      case 'paragraph':
        return this.inline(b.content);
      case 'list':
        return b.items.map((i) => `- ${this.inline(i)}`).join('\n');
      case 'table':
        return this.table(b);
      case 'infobox':
        return this.pipeTable(
          [b.title, ''],
          b.fields.filter((f) => !f.templateOnly).map((f) => [`**${f.label}**`, this.inline(f.value)]),
        );
      case 'standings':
        return this.standings(b);
      case 'football-box':
        return this.footballBox(b);
      case 'references':
        return this.doc.references
          .map((r) => `[^${r.id}]: ${r.text}${r.url ? ` <${r.url}>` : ''}`)
          .join('\n');
    }
  }

  inline(content: readonly Inline[]): string {
    return content
      .map((i) => {
        if (typeof i === 'string') return i;
        switch (i.kind) {
          case 'link':
            return i.text ?? i.target;
          case 'flag':
            return i.country;
          case 'ref':
            return `[^${i.source}]`;
          case 'bold':
            return `**${this.inline(i.content)}**`;
          case 'italic':
            return `_${this.inline(i.content)}_`;
          case 'break':
            return '<br>';
        }
      })
      .join('');
  }

  private pipeTable(
    header: readonly string[],
    rows: readonly (readonly string[])[],
    align?: readonly string[],
  ): string {
    const rule = header.map((_, i) =>
      align?.[i] === 'right' ? '---:' : align?.[i] === 'center' ? ':---:' : '---',
    );
    const line = (cells: readonly string[]) => `| ${cells.map(cellText).join(' | ')} |`;
    return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
  }

  private table(t: TableBlock): string {
    const rows = t.rows.map((r) =>
      r.kind === 'section'
        ? [`**${r.text}**`, ...t.header.slice(1).map(() => '')]
        : r.cells.map((c) => this.inline(c)),
    );
    return this.pipeTable(t.header, rows, t.align);
  }

  private standings(s: StandingsBlock): string {
    const c = this.text.columns;
    const header = [
      '#',
      c.team,
      c.played,
      c.won,
      c.drawn,
      c.lost,
      c.goalsFor,
      c.goalsAgainst,
      c.goalDifference,
      c.points,
      '',
    ];
    const rows = s.rows.map((r) => {
      const gd = r.goalsFor - r.goalsAgainst;
      const adj = r.adjustment ? ` (${this.text.signed(r.adjustment)})` : '';
      return [
        String(r.position),
        this.inline([r.team]),
        String(r.won + r.drawn + r.lost),
        String(r.won),
        String(r.drawn),
        String(r.lost),
        String(r.goalsFor),
        String(r.goalsAgainst),
        this.text.signed(gd),
        `${r.points}${adj}`,
        r.result ?? '',
      ];
    });
    const notes = s.notes.map((n) => `- ${this.inline(n)}`);
    return [
      this.pipeTable(header, rows, [
        'right',
        'left',
        'right',
        'right',
        'right',
        'right',
        'right',
        'right',
        'right',
        'right',
        'left',
      ]),
      ...(notes.length ? [notes.join('\n')] : []),
    ].join('\n\n');
  }

  private footballBox(b: FootballBoxBlock): string {
    const t = this.text;
    const head = `**${this.inline([b.team1])} ${b.scoreline} ${this.inline([b.team2])}**${b.date ? ` — ${b.date}` : ''}${this.inline(b.sources.map((source) => ({ kind: 'ref', source })))}`;
    const event = (e: FootballBoxBlock['goals1'][number]) =>
      `${e.name}${e.minute ? ` ${e.minute}'` : ''}${e.mark === 'red' ? ' 🟥' : e.mark ? ` ${t.eventMarks[e.mark]}` : ''}`;
    const kicks = (ks: FootballBoxBlock['penalties1']) =>
      ks.map((k) => `${k.name} ${k.scored ? '✓' : '✗'}`).join(', ');
    const lines = [
      `- ${this.inline([b.team1])}: ${b.goals1.map(event).join(', ')}`,
      `- ${this.inline([b.team2])}: ${b.goals2.map(event).join(', ')}`,
      ...(b.penalties1.length || b.penalties2.length
        ? [
            `- ${t.penaltiesOf}: ${this.inline([b.team1])} — ${kicks(b.penalties1)}; ${this.inline([b.team2])} — ${kicks(b.penalties2)}`,
          ]
        : []),
      ...(b.stadium ? [`- ${t.stadiumLabel}: ${this.inline(b.stadium)}`] : []),
      ...(b.attendance ? [`- ${t.attendanceLabel}: ${b.attendance}`] : []),
      ...(b.referee ? [`- ${t.refereeLabel}: ${b.referee}`] : []),
    ];
    return [head, lines.join('\n')].join('\n\n');
  }
}
