import type { EntrantDoc, StageDoc } from '../../core/definition/index.ts';
import {
  cyclesProvenance,
  isStated,
  tableRulesFor,
  tableRulesProvenance,
  tieRulesFor,
  tieRulesProvenance,
  type Provenance,
  type TieRuleField,
} from '../../core/engine/index.ts';
import type { Block } from './article-doc.ts';
import type { ArticleContext } from './article-context.ts';
import type { EntrantWords, ModusFact } from './modus-facts.ts';
import { modusLinks } from './modus-links.ts';

/**
 * The competition modus in plain language, written from the rules themselves — the stage
 * formats, group sizes, legs, tie rules, entrants, links and eligibility rules — never copied
 * from the organiser's own `description`.
 */
export function modusSection(ctx: ArticleContext): Block[] {
  const paragraph = (facts: readonly ModusFact[], sources: readonly string[]): Block[] =>
    facts.length
      ? [
          {
            kind: 'paragraph',
            content: [
              facts
                .map((f) => ctx.text.modus(f))
                .filter(Boolean)
                .join(' '),
              ...ctx.cite(sources),
            ],
          },
        ]
      : [];
  const stages = ctx.comp.stages.flatMap((s) =>
    paragraph(stageFacts(ctx, s), s.format === 'aggregate' ? [] : (s.sources ?? [])),
  );
  const links = modusLinks(ctx);
  const eligibility: ModusFact[] = (ctx.comp.eligibility ?? []).map((r) =>
    r.kind === 'age'
      ? {
          kind: 'age',
          bornOnOrAfter: r.bornOnOrAfter,
          maxOlder: r.maxOlder,
          ...(r.olderBornOnOrAfter ? { olderBornOnOrAfter: r.olderBornOnOrAfter } : {}),
        }
      : r.kind === 'foreign'
        ? {
            kind: 'foreign',
            nationality: r.nationality,
            ...(r.maxOnPitch !== undefined ? { maxOnPitch: r.maxOnPitch } : {}),
            ...(r.maxInSquad !== undefined ? { maxInSquad: r.maxInSquad } : {}),
          }
        : { kind: 'squad-quota', bands: r.bands },
  );
  return [
    { kind: 'heading', level: 2, text: ctx.text.sections.modus },
    ...stages,
    ...paragraph(links.facts, links.sources),
    ...paragraph(eligibility, []),
  ];
}

function stageFacts(ctx: ArticleContext, stage: StageDoc): ModusFact[] {
  const facts: ModusFact[] = [];
  const comp = ctx.comp;
  // Named when the competition has more than one table stage (Apertura and Clausura).
  const named =
    comp.stages.filter((s) => s.format === 'league' || s.format === 'groups').length > 1
      ? { stage: stage.name }
      : {};
  if (stage.format === 'groups') {
    // A group's size is known from its teams, or from entrants that are one team each.
    const sizeOf = (g: (typeof stage.groups)[number]) =>
      g.teams?.length ??
      (g.entrants?.every((e) => 'team' in e || ('position' in e && !('best' in e)))
        ? g.entrants.length
        : undefined);
    const sizes = stage.groups.map(sizeOf);
    const known = sizes.every((n): n is number => n !== undefined && n > 0) ? (sizes as number[]) : undefined;
    const size = known && known.every((n) => n === known[0]) ? known[0] : undefined;
    // How often teams meet is stated only when the stage writes it; the engine's two is assumed.
    const rounds = isStated(cyclesProvenance(stage)) ? stage.rounds : undefined;
    facts.push({
      kind: 'groups',
      ...named,
      ...(known && known.length ? { teams: known.reduce((a, b) => a + b, 0) } : {}),
      groups: stage.groups.length,
      ...(rounds !== undefined ? { rounds } : {}),
      ...(size ? { size } : {}),
      ...(size && rounds !== undefined ? { matchesPerTeam: (size - 1) * rounds } : {}),
      knockoutGroups: stage.groups.filter((g) => g.format === 'knockout').map((g) => g.name ?? g.id),
    });
    const seeded = stage.draw?.seeded ?? [];
    if (seeded.length) {
      const groupLabel = (id: string) =>
        id.length <= 2 ? id.toUpperCase() : (stage.groups.find((g) => g.id === id)?.name ?? id);
      if (known) {
        facts.push({
          kind: 'seeding',
          seeded: seeded.map((s) => ({ team: ctx.teamName(s.team), group: groupLabel(s.group) })),
          others: known.reduce((a, b) => a + b, 0) - seeded.length,
        });
      }
    }
  } else if (stage.format === 'league') {
    const teams = (stage.teams ?? stage.entrants ?? comp.teams).length;
    const rounds = isStated(cyclesProvenance(stage)) ? stage.rounds : undefined;
    facts.push({
      kind: 'league',
      ...named,
      teams,
      ...(rounds !== undefined ? { rounds, matchesPerTeam: (teams - 1) * rounds } : {}),
    });
  } else if (stage.format === 'aggregate') {
    facts.push({
      kind: 'aggregate',
      stages: stage.sources.map((s) => comp.stages.find((x) => x.id === s.stage)?.name ?? s.stage),
    });
  }
  if (stage.format === 'groups' || stage.format === 'league' || stage.format === 'aggregate') {
    const rules = tableRulesFor(comp, stage);
    const from = tableRulesProvenance(comp, stage);
    const p = rules.points;
    if (p.win !== 3 || p.draw !== 1 || p.loss !== 0)
      facts.push({ kind: 'points', win: p.win, draw: p.draw, loss: p.loss, ...assumed(from.points) });
    const playoffs = rules.tiebreakers.includes('playoff') ? (rules.playoffPositions ?? []) : [];
    // Criteria the file adds as assumptions follow the stated ones at the end of the list.
    const extra = isStated(from.tiebreakers) ? from.assumedTiebreakers.length : 0;
    facts.push({
      kind: 'tiebreakers',
      criteria: extra ? rules.tiebreakers.slice(0, -extra) : rules.tiebreakers,
      ...(extra ? { assumedAfter: rules.tiebreakers.slice(-extra) } : {}),
      ...assumed(from.tiebreakers),
      playoffFor: isStated(from.playoff) ? playoffs : [],
      ...(!isStated(from.playoff) && playoffs.length ? { playoffAssumed: playoffs } : {}),
    });
    const perGroup = stage.advance?.perGroup ?? stage.advance?.positions?.length;
    const to = stage.advance?.to ? comp.stages.find((s) => s.id === stage.advance!.to)?.name : undefined;
    if (perGroup && to) facts.push({ kind: 'advance', perGroup, to, groups: stage.format === 'groups' });
  }
  if (stage.format === 'knockout') {
    for (const round of stage.rounds) {
      const venue = round.venue ? ctx.index.venues.get(round.venue)?.name : undefined;
      const from = tieRulesProvenance(comp, stage, round);
      facts.push({
        kind: 'knockout-round',
        round: round.name,
        entrants: (round.entrants ?? []).map((e) => entrantWords(ctx, e)),
        rules: tieRulesFor(comp, stage, round),
        assumed: (Object.keys(from) as TieRuleField[]).filter((f) => !isStated(from[f])),
        neutral: round.neutral ?? false,
        ...(venue ? { venue } : {}),
        ...(round.neutral && !venue && comp.organiser ? { venueChosenBy: comp.organiser } : {}),
      });
    }
  }
  return facts;
}

/** A rule's provenance as the modus needs it: nothing when stated, the preset (if any) when assumed. */
const assumed = (p: Provenance): { assumed?: { preset?: string } } =>
  p.kind === 'stated' ? {} : { assumed: p.preset ? { preset: p.preset } : {} };

function entrantWords(ctx: ArticleContext, e: EntrantDoc): EntrantWords {
  if ('team' in e) return { kind: 'team', name: ctx.teamName(e.team) };
  if ('winnerOf' in e) return { kind: 'tie', winner: true, of: e.winnerOf };
  if ('loserOf' in e) return { kind: 'tie', winner: false, of: e.loserOf };
  if ('position' in e && !('best' in e)) {
    const from = ctx.comp.stages.find((s) => s.id === e.from);
    const group =
      from?.format === 'groups' && e.group ? from.groups.find((g) => g.id === e.group) : undefined;
    return {
      kind: 'position',
      position: e.position,
      of: group?.name ?? e.group ?? from?.name ?? e.from,
      group: e.group !== undefined,
    };
  }
  return { kind: 'other' };
}
