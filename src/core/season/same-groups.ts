import type { CompetitionDoc, GroupDoc, SeasonDoc, StageDoc } from '../definition/index.ts';

/**
 * The groups of every stage written as "the same as" another competition's (`groupsSameAs`),
 * filled in from that stage's groups: seed 002's reserves "are divided into 2 groups" as the
 * Torneo del Inca's clubs are, so each Inca team is replaced by the competition's team of the
 * same club. A stage that lists its own groups keeps them. The document is returned as given
 * when no stage says so; a reference that does not resolve leaves the stage without groups, and
 * `validate` reports it (`sameGroupsProblems`).
 */
export function withSameGroups(doc: SeasonDoc): SeasonDoc {
  if (!doc.competitions.some((c) => c.stages.some(needsGroups))) return doc;
  const clubOf = clubOfTeam(doc);
  const competitions = doc.competitions.map((c) =>
    c.stages.some(needsGroups)
      ? { ...c, stages: c.stages.map((s) => (needsGroups(s) ? fill(doc, c, s, clubOf) : s)) }
      : c,
  );
  return { ...doc, competitions };
}

type GroupsStage = Extract<StageDoc, { format: 'groups' }>;

const needsGroups = (s: StageDoc): s is GroupsStage =>
  s.format === 'groups' && s.groupsSameAs !== undefined && s.groups.length === 0;

/** A team's club: the club it belongs to, or itself when a club plays under its own id. */
function clubOfTeam(doc: SeasonDoc): (team: string) => string {
  const clubs = new Map(doc.teams.map((t) => [t.id, t.club]));
  return (team) => clubs.get(team) ?? team;
}

function fill(doc: SeasonDoc, c: CompetitionDoc, s: GroupsStage, clubOf: (t: string) => string): GroupsStage {
  const ref = referencedStage(doc, s);
  if (!ref) return s;
  const ours = new Map(c.teams.map((t) => [clubOf(t), t]));
  const groups: GroupDoc[] = ref.groups.map((g) => ({
    id: g.id,
    format: 'round-robin',
    name: g.name,
    ...(g.forms ? { forms: g.forms } : {}),
    ...(g.teams ? { teams: g.teams.flatMap((t) => ours.get(clubOf(t)) ?? []) } : {}),
  }));
  return { ...s, groups };
}

function referencedStage(doc: SeasonDoc, s: GroupsStage): GroupsStage | undefined {
  const ref = s.groupsSameAs!;
  const stage = doc.competitions
    .find((x) => x.id === ref.competition)
    ?.stages.find((x) => x.id === ref.stage);
  return stage?.format === 'groups' && stage.groupsSameAs === undefined ? stage : undefined;
}

/** What keeps a `groupsSameAs` from giving the same groups, by the stage it is written on. */
export interface SameGroupsProblem {
  readonly competition: number;
  readonly stage: number;
  readonly message: string;
  readonly expected: string;
}

export function sameGroupsProblems(doc: SeasonDoc): SameGroupsProblem[] {
  const clubOf = clubOfTeam(doc);
  const problems: SameGroupsProblem[] = [];
  doc.competitions.forEach((c, i) =>
    c.stages.forEach((s, j) => {
      if (s.format !== 'groups' || !s.groupsSameAs) return;
      const ref = s.groupsSameAs;
      const at = { competition: i, stage: j };
      const target = doc.competitions
        .find((x) => x.id === ref.competition)
        ?.stages.find((x) => x.id === ref.stage);
      if (!target || target.format !== 'groups' || target.groupsSameAs !== undefined) {
        problems.push({
          ...at,
          message: `groupsSameAs '${ref.competition}/${ref.stage}' is not a stage of groups listed in this season`,
          expected: 'a groups stage of another competition that lists its groups',
        });
        return;
      }
      const ours = new Set(c.teams.map(clubOf));
      const missing = target.groups.flatMap((g) => (g.teams ?? []).filter((t) => !ours.has(clubOf(t))));
      if (missing.length)
        problems.push({
          ...at,
          message: `${c.id} has no team of the club of ${missing.map((t) => `'${t}'`).join(', ')} (in the groups of ${ref.competition}/${ref.stage})`,
          expected: `a team of every club in ${ref.competition}/${ref.stage} among ${c.id}'s teams`,
        });
    }),
  );
  return problems;
}
