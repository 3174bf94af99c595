import type { GroupTable } from '../../core/engine/index.ts';
import type { StageDoc } from '../../core/definition/index.ts';
import { TIEBREAKER_IDS, type TiebreakerId } from '../../core/model/index.ts';
import type { Block, Inline, StandingsRow } from './article-doc.ts';
import type { ArticleContext } from './article-context.ts';
import { resultsMatrix } from './results-matrix.ts';

/**
 * Every table stage: for each group (or the league) its table — only when the results make it
 * certain; otherwise how many results are known and what sources recorded — and its results
 * matrix.
 */
export function groupTablesSection(ctx: ArticleContext): Block[] {
  return ctx.comp.stages.flatMap((stage) =>
    stage.format === 'groups' || stage.format === 'league' ? stageBlocks(ctx, stage) : [],
  );
}

function stageBlocks(ctx: ArticleContext, stage: StageDoc): Block[] {
  const groups =
    stage.format === 'groups'
      ? ctx.engine.tableGroupIds(stage).map((id) => ({
          id: id as string | undefined,
          name: stage.groups.find((g) => g.id === id)?.name ?? id,
        }))
      : [{ id: undefined, name: stage.name }];
  return [
    { kind: 'heading', level: 2, text: stage.name },
    // A stage nobody recorded anything of (the Copa Perú's district leagues) says so.
    ...(groups.length ? [] : [{ kind: 'paragraph', content: [ctx.text.stageNothing] } as const]),
    ...groups.flatMap((g) => {
      const table = ctx.engine.table(ctx.comp.id, stage.id, g.id);
      return [
        ...(stage.format === 'groups' ? [{ kind: 'heading', level: 3, text: g.name } as const] : []),
        ...tableBlocks(ctx, stage, table),
        ...resultsMatrix(
          ctx,
          stage,
          g.id,
          [...table.rows.map((r) => r.team)].sort((a, b) =>
            ctx.teamName(a).localeCompare(ctx.teamName(b), ctx.text.lang),
          ),
        ),
      ];
    }),
  ];
}

function tableBlocks(ctx: ArticleContext, stage: StageDoc, table: GroupTable): Block[] {
  const t = ctx.text;
  const notes = table.adjustments.map((a) => [t.adjustmentNote(ctx.teamName(a.team), a.points, a.reason)]);
  const sources = ctx.doc.adjustments
    .filter((a) => a.competition === ctx.comp.id && (a.stage === undefined || a.stage === stage.id))
    .flatMap((a) => a.sources ?? []);
  if (table.certainty === 'derived') {
    const perGroup = stage.advance?.perGroup ?? stage.advance?.positions?.length ?? 0;
    const next = stage.advance?.to
      ? ctx.comp.stages.find((s) => s.id === stage.advance!.to)?.name
      : undefined;
    const rows: StandingsRow[] = table.rows.map((r) => ({
      position: r.position,
      code: ctx.teamCode(r.team),
      team: ctx.teamLink(r.team),
      won: r.won,
      drawn: r.drawn,
      lost: r.lost,
      goalsFor: r.goalsFor,
      goalsAgainst: r.goalsAgainst,
      points: r.points,
      adjustment: r.adjustment,
      ...(next && r.position <= perGroup ? { result: next } : {}),
    }));
    const p = table.rules.points;
    return [
      {
        kind: 'standings',
        rows,
        winPoints: p.win,
        drawPoints: p.draw,
        lossPoints: p.loss,
        notes: [...notes, ...tieNotes(ctx, table)],
        sources,
      },
    ];
  }
  const known = ctx.engine
    .stageMatches(ctx.comp.id, stage.id)
    .filter(
      (m) => !m.playoff && m.group === table.group && (m.result !== undefined || m.status === 'awarded'),
    ).length;
  // What a source recorded (a winner, or who went through) leads, with its source; what the
  // results say follows as what it is.
  const recorded = ctx.engine
    .recordedOutcomes(ctx.comp.id, stage.id, table.group)
    .filter((o) => o.winner || o.qualified?.length);
  return [
    ...recorded.map((o): Block => ({
      kind: 'paragraph',
      content: [
        o.winner
          ? t.recordedWinner(ctx.teamName(o.winner), table.group !== undefined)
          : t.recordedQualified(o.qualified!.map((q) => ctx.teamName(q))),
        ...ctx.cite(o.sources),
      ],
    })),
    { kind: 'paragraph', content: [t.tableUnknown(known, table.matchesExpected, table.group !== undefined)] },
    ...(notes.length
      ? [
          {
            kind: 'list',
            items: notes.map((n, i) => [...n, ...(i === notes.length - 1 ? ctx.cite(sources) : [])]),
          } as const,
        ]
      : []),
  ];
}

/** Each pair of neighbours level on points, with the criterion that separated them (from the engine's rows). */
function tieNotes(ctx: ArticleContext, table: GroupTable): Inline[][] {
  const known = new Set<string>(TIEBREAKER_IDS);
  return table.rows.flatMap((r, i) => {
    const next = table.rows[i + 1];
    if (!next || next.points !== r.points || !r.decidedBy || r.sharedPosition) return [];
    const criterion = known.has(r.decidedBy) ? ctx.text.tiebreaker(r.decidedBy as TiebreakerId) : r.decidedBy;
    return [[ctx.text.tieNote(ctx.teamName(r.team), ctx.teamName(next.team), criterion)]];
  });
}
