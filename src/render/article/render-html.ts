import type {
  ArticleDoc,
  Block,
  FootballBoxBlock,
  Inline,
  StandingsBlock,
  TableBlock,
} from './article-doc.ts';
import type { ArticleText } from './i18n/index.ts';

/** The article as a standalone HTML fragment (an `<article>` element); styling is left to the page. */
export function renderHtml(doc: ArticleDoc, text: ArticleText): string {
  const w = new HtmlWriter(doc, text);
  return `<article lang="${text.lang}">\n<h1>${esc(doc.title)}</h1>\n${doc.blocks.map((b) => w.block(b)).join('\n')}\n</article>\n`;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

class HtmlWriter {
  constructor(
    private readonly doc: ArticleDoc,
    private readonly text: ArticleText,
  ) {}

  block(b: Block): string {
    switch (b.kind) {
      case 'heading':
        return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
      case 'paragraph':
        return `<p>${this.inline(b.content)}</p>`;
      case 'list':
        return `<ul>${b.items.map((i) => `<li>${this.inline(i)}</li>`).join('')}</ul>`;
      case 'table':
        return this.table(b);
      case 'infobox':
        return `<table class="infobox"><caption>${esc(b.title)}</caption>${b.fields
          .filter((f) => !f.templateOnly)
          .map((f) => `<tr><th scope="row">${esc(f.label)}</th><td>${this.inline(f.value)}</td></tr>`)
          .join('')}</table>`;
      case 'standings':
        return this.standings(b);
      case 'football-box':
        return this.footballBox(b);
      case 'references':
        return `<ol class="references">${this.doc.references.map((r) => `<li id="ref-${esc(r.id)}">${r.url ? `<a href="${esc(r.url)}">${esc(r.text)}</a>` : esc(r.text)}</li>`).join('')}</ol>`;
    }
  }

  inline(content: readonly Inline[]): string {
    return content
      .map((i) => {
        if (typeof i === 'string') return esc(i);
        switch (i.kind) {
          case 'link':
            return `<span class="link" title="${esc(i.target)}">${esc(i.text ?? i.target)}</span>`;
          case 'flag':
            return `<abbr class="flag" title="${esc(i.country)}">${esc(i.country)}</abbr>`;
          case 'ref': {
            const n = this.doc.references.findIndex((r) => r.id === i.source) + 1;
            return `<sup class="reference"><a href="#ref-${esc(i.source)}">[${n}]</a></sup>`;
          }
          case 'bold':
            return `<b>${this.inline(i.content)}</b>`;
          case 'italic':
            return `<i>${this.inline(i.content)}</i>`;
          case 'break':
            return '<br>';
        }
      })
      .join('');
  }

  private table(t: TableBlock): string {
    const align = (i: number) =>
      t.align?.[i] && t.align[i] !== 'left' ? ` style="text-align:${t.align[i]}"` : '';
    const head = `<tr>${t.header.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr>`;
    const rows = t.rows.map((r) =>
      r.kind === 'section'
        ? `<tr><th colspan="${t.header.length}">${esc(r.text)}</th></tr>`
        : `<tr>${r.cells.map((c, i) => (t.rowHeaders && i === 0 ? `<th scope="row">${this.inline(c)}</th>` : `<td${align(i)}>${this.inline(c)}</td>`)).join('')}</tr>`,
    );
    return `<table class="wikitable"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
  }

  private standings(s: StandingsBlock): string {
    const c = this.text.columns;
    const head = [
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
    ]
      .map((h) => `<th scope="col">${esc(h)}</th>`)
      .join('');
    const rows = s.rows.map((r) => {
      const cells = [
        r.position,
        r.won + r.drawn + r.lost,
        r.won,
        r.drawn,
        r.lost,
        r.goalsFor,
        r.goalsAgainst,
      ].map(String);
      const adj = r.adjustment ? ` (${this.text.signed(r.adjustment)})` : '';
      return `<tr><td>${cells[0]}</td><th scope="row">${this.inline([r.team])}</th>${cells
        .slice(1)
        .map((x) => `<td>${x}</td>`)
        .join(
          '',
        )}<td>${esc(this.text.signed(r.goalsFor - r.goalsAgainst))}</td><td><b>${r.points}</b>${esc(adj)}</td><td>${esc(r.result ?? '')}</td></tr>`;
    });
    const notes = s.notes.length
      ? `<ul class="notes">${s.notes.map((n) => `<li>${this.inline(n)}</li>`).join('')}</ul>`
      : '';
    return `<table class="standings"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>${notes}`;
  }

  private footballBox(b: FootballBoxBlock): string {
    const t = this.text;
    const event = (e: FootballBoxBlock['goals1'][number]) =>
      `<li>${esc(e.name)}${e.minute ? ` ${esc(e.minute)}'` : ''}${e.mark === 'red' ? ` <span class="red-card">${esc(t.eventMarks.red)}</span>` : e.mark ? ` ${esc(t.eventMarks[e.mark])}` : ''}</li>`;
    const kicks = (ks: FootballBoxBlock['penalties1']) =>
      `<ol>${ks.map((k) => `<li class="${k.scored ? 'scored' : 'missed'}">${esc(k.name)} ${k.scored ? '✓' : '✗'}</li>`).join('')}</ol>`;
    const meta = [
      b.stadium ? `<dt>${esc(t.stadiumLabel)}</dt><dd>${this.inline(b.stadium)}</dd>` : '',
      b.attendance ? `<dt>${esc(t.attendanceLabel)}</dt><dd>${esc(b.attendance)}</dd>` : '',
      b.referee ? `<dt>${esc(t.refereeLabel)}</dt><dd>${esc(b.referee)}</dd>` : '',
    ].join('');
    return [
      '<div class="football-box">',
      `<p>${b.date ? `<time>${esc(b.date)}</time> ` : ''}<b>${this.inline([b.team1])} ${esc(b.scoreline)} ${this.inline([b.team2])}</b>${this.inline(b.sources.map((source) => ({ kind: 'ref', source })))}</p>`,
      `<div class="goals"><ul>${b.goals1.map(event).join('')}</ul><ul>${b.goals2.map(event).join('')}</ul></div>`,
      b.penalties1.length || b.penalties2.length
        ? `<div class="penalties"><p>${esc(t.penaltiesOf)}</p>${kicks(b.penalties1)}${kicks(b.penalties2)}</div>`
        : '',
      meta ? `<dl>${meta}</dl>` : '',
      '</div>',
    ].join('');
  }
}
