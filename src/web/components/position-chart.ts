import { html, type SafeHtml } from '../html.ts';
import { formatDate } from '../../i18n/translate.ts';
import type { PageContext } from '../page-context.ts';

/** An axis label: the day, then the month, as Spanish and British English write them (23/11). */
const dayMonth = (iso: string): string => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}`;

export interface PositionPoint {
  readonly date: string;
  readonly position: number;
}

/**
 * A team's position after each matchday as an inline SVG line chart: first place at the top.
 * The points are also listed in the chart's description for screen readers.
 */
export function positionChart(
  p: PageContext,
  id: string,
  title: string,
  points: readonly PositionPoint[],
  teams: number,
): SafeHtml {
  const W = 640;
  const H = 260;
  const pad = { l: 40, r: 16, t: 16, b: 40 };
  const x = (i: number) =>
    pad.l + (points.length === 1 ? (W - pad.l - pad.r) / 2 : (i * (W - pad.l - pad.r)) / (points.length - 1));
  const y = (pos: number) => pad.t + ((pos - 1) * (H - pad.t - pad.b)) / Math.max(1, teams - 1);
  const line = points.map((pt, i) => `${x(i).toFixed(1)},${y(pt.position).toFixed(1)}`).join(' ');
  const desc = points.map((pt) => `${formatDate(p.lang, pt.date)}: ${pt.position}`).join('; ');
  const ticks = Array.from({ length: teams }, (_, i) => i + 1);
  const every = Math.max(1, Math.ceil(points.length / 8));
  return html`<svg
    class="chart"
    viewBox="0 0 ${W} ${H}"
    role="img"
    aria-labelledby="${id}-title ${id}-desc"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title id="${id}-title">${title}</title>
    <desc id="${id}-desc">${desc}</desc>
    ${ticks.map((pos) => html`<line class="grid" x1="${pad.l}" x2="${W - pad.r}" y1="${y(pos)}" y2="${y(pos)}" /><text x="${pad.l - 8}" y="${y(pos) + 4}" text-anchor="end">${pos}</text>`)}
    <text x="12" y="${H / 2}" transform="rotate(-90 12 ${H / 2})" text-anchor="middle">
      ${p.t('chart.position')}
    </text>
    ${points.map((pt, i) => (i % every === 0 || i === points.length - 1 ? html`<text x="${x(i)}" y="${H - 16}" text-anchor="middle">${dayMonth(pt.date)}</text>` : ''))}
    <polyline points="${line}" />
    ${points.map((pt, i) => html`<circle cx="${x(i)}" cy="${y(pt.position)}" r="4"><title>${formatDate(p.lang, pt.date)}: ${pt.position}</title></circle>`)}
  </svg>`;
}
