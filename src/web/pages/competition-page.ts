import type { StageDoc } from '../../core/definition/index.ts';
import type { BracketText } from '../../i18n/bracket-text.ts';
import type { RoundView, StageBracketView } from '../../views/bracket-view.ts';
import type { MatchSummaryView } from '../../views/match-view.ts';
import type { CompetitionBrief } from '../../views/season-view.ts';
import type { FigureView, ScorerView } from '../../views/statistics-view.ts';
import type { TableSide, TableView } from '../../views/table-view.ts';
import type { QualifierView } from '../../views/summary-view.ts';
import { bracket, stageBrackets } from '../components/bracket.ts';
import { fixtureList } from '../components/fixture-list.ts';
import { leagueTable } from '../components/league-table.ts';
import { resultsMatrix } from '../components/results-matrix.ts';
import { scorersTable } from '../components/scorers-table.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import { paths, type PageContext, seasonName } from '../page-context.ts';

export type StageSection =
  | {
      readonly kind: 'table';
      readonly stage: StageDoc;
      readonly tables: readonly TableView[];
      readonly qualifiers: readonly QualifierView[];
      /** Groups played as a knockout, and play-offs between groups. */
      readonly knockouts: readonly StageBracketView[];
      readonly matches: readonly MatchSummaryView[];
    }
  | {
      readonly kind: 'knockout';
      readonly stage: StageDoc;
      readonly rounds: readonly RoundView[];
      readonly matches: readonly MatchSummaryView[];
    };

export interface CompetitionPageData {
  readonly competition: CompetitionBrief;
  readonly stages: readonly StageSection[];
  readonly scorers: FigureView<readonly ScorerView[]>;
  readonly side: TableSide;
  readonly asOf?: string;
  readonly words: BracketText;
}

function controls(p: PageContext, d: CompetitionPageData): SafeHtml {
  const sides: TableSide[] = ['all', 'home', 'away'];
  return html`<form method="get" class="controls" aria-label="${p.t('comp.table')}">
    <label>${p.t('comp.asOfLabel')} <input type="date" name="asOf" value="${d.asOf ?? ''}" /></label>
    <label
      >${p.t('comp.show')}
      <select name="side">
        ${sides.map((s) => html`<option value="${s}" ${s === d.side ? html` selected` : ''}>${p.t(`comp.side.${s}`)}</option>`)}
      </select></label
    >
    <button type="submit" class="primary">${p.t('comp.apply')}</button>
  </form>`;
}

function tableStage(p: PageContext, words: BracketText, s: StageSection & { kind: 'table' }): SafeHtml {
  const qualifying = s.qualifiers.flatMap((q) =>
    q.team && q.certainty !== 'unknown' ? [{ team: q.team.id, recorded: q.certainty === 'recorded' }] : [],
  );
  // A stage whose groups nobody recorded (the Copa Perú's district leagues) says so.
  if (!s.tables.length && !s.knockouts.length)
    return html`<p class="note">${p.t('recorded.stageNothing', { name: s.stage.name })}</p>`;
  return html`${s.tables.map((t, i) => {
    const ms = s.matches.filter((m) => t.group === undefined || m.group === t.group);
    const teams = t.rows.map((r) => r.team);
    return html`${s.tables.length > 1 ? html`<h3 id="${s.stage.id}-${t.group ?? i}">${t.name}</h3>` : ''}
    ${leagueTable(p, t, qualifying)}
    ${teams.length > 1 && teams.length <= 20 && ms.length ? resultsMatrix(p, t.name, teams, ms) : ''}
    ${
      ms.length
        ? html`<details>
            <summary>${p.t('comp.fixtures')} — ${t.name}</summary>
            ${fixtureList(p, ms, `${s.stage.id}-${t.group ?? i}`)}
          </details>`
        : ''
    }`;
  })}${stageBrackets(p, words, s.knockouts)}`;
}

function knockoutStage(p: PageContext, words: BracketText, s: StageSection & { kind: 'knockout' }): SafeHtml {
  return html`${bracket(p, words, s.rounds)}
  ${
    s.matches.length
      ? html`<details>
          <summary>${p.t('comp.fixtures')} — ${s.stage.name}</summary>
          ${fixtureList(p, s.matches, s.stage.id)}
        </details>`
      : ''
  }`;
}

/** A competition: every stage (tables with their notes, results matrix, fixtures; or a bracket) and the scorers. */
export function competitionPage(p: PageContext, d: CompetitionPageData): string {
  const season = p.season!;
  const body = html`<ol class="breadcrumbs">
      <li><a href="${paths.season(season.id)}">${seasonName(p)}</a></li>
      <li aria-current="page">${d.competition.name}</li>
    </ol>
    <h1>${d.competition.name}</h1>
    <p>
      <a href="${paths.competition(season.id, d.competition.id)}/article">${p.t('comp.article')}</a> ·
      <a href="${paths.competition(season.id, d.competition.id)}/forecast">${p.t('forecast.link')}</a>
    </p>
    ${controls(p, d)}
    <div>
      ${d.stages.map(
        (s) =>
          html`<section id="live-${s.stage.id}" data-live-region aria-labelledby="stage-${s.stage.id}">
            <h2 id="stage-${s.stage.id}">${s.stage.name}</h2>
            ${s.kind === 'table' ? tableStage(p, d.words, s) : knockoutStage(p, d.words, s)}
          </section>`,
      )}
      <section id="live-scorers" data-live-region aria-labelledby="scorers">
        <h2 id="scorers">${p.t('comp.scorers')}</h2>
        ${scorersTable(p, d.scorers)}
      </section>
    </div>`;
  return layout(p, d.competition.name, body).text;
}
