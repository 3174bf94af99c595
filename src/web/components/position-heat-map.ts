import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../page-context.ts';

export interface HeatMapRow {
  readonly name: string;
  /** P(1st), P(2nd), … */
  readonly positions: readonly number[];
}

const percent = (x: number): string => (x === 0 ? '0%' : x < 0.005 ? '<1%' : `${Math.round(x * 100)}%`);

/**
 * Where each team finishes, as an inline SVG heat map: a row per team, a column per place, each
 * cell as dark as the probability is high and labelled with it (a title for pointers and screen
 * readers, the figure itself when the cell is likely enough to read).
 */
export function positionHeatMap(
  p: PageContext,
  id: string,
  title: string,
  rows: readonly HeatMapRow[],
): SafeHtml {
  const places = Math.max(0, ...rows.map((r) => r.positions.length));
  const cell = 34;
  const nameWidth = 190;
  const top = 28;
  const W = nameWidth + places * cell + 4;
  const H = top + rows.length * cell + 4;
  return html`<svg
    class="heat-map"
    id="${id}"
    viewBox="0 0 ${W} ${H}"
    width="${W}"
    role="img"
    aria-labelledby="${id}-title"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title id="${id}-title">${title}</title>
    ${Array.from(
      { length: places },
      (_, i) =>
        html`<text class="place" x="${nameWidth + i * cell + cell / 2}" y="${top - 10}" text-anchor="middle"
          >${i + 1}</text
        >`,
    )}
    ${rows.map(
      (r, t) =>
        html`<g class="team-row" data-team="${r.name}"
          ><text class="team" x="${nameWidth - 8}" y="${top + t * cell + cell / 2 + 4}" text-anchor="end"
            >${r.name}</text
          >${r.positions.map((x, i) => {
            const label = p.t('forecast.cell', { team: r.name, place: i + 1, p: percent(x) });
            return html`<rect
                class="cell"
                data-place="${i + 1}"
                x="${nameWidth + i * cell}"
                y="${top + t * cell}"
                width="${cell - 2}"
                height="${cell - 2}"
                fill-opacity="${x === 0 ? 0.04 : (0.12 + 0.88 * Math.sqrt(x)).toFixed(3)}"
                ><title>${label}</title></rect
              >${
                x >= 0.1
                  ? html`<text
                      class="cell-figure${x >= 0.45 ? ' on-dark' : ''}"
                      x="${nameWidth + i * cell + (cell - 2) / 2}"
                      y="${top + t * cell + cell / 2 + 3}"
                      text-anchor="middle"
                      >${Math.round(x * 100)}</text
                    >`
                  : ''
              }`;
          })}</g
        >`,
    )}
  </svg>`;
}
