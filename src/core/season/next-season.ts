/**
 * Next season from this one: the same clubs, teams, venues, people, competitions and links, with
 * the teams that went up or down moved as the links say and nothing that happened carried over
 * (no matches, adjustments, outcomes, draws or other facts). Pure: it works on the season as
 * written (the merged YAML input) and the teams the engine resolved for each promotion and
 * relegation.
 */

/** One team moving because of a link: out of `from`, into `to` when that is one of the season's competitions. */
export interface TeamMove {
  readonly team: string;
  readonly link: string;
  readonly kind: 'promotion' | 'relegation';
  /** The competition the link takes the team from. */
  readonly from: string;
  /** The competition (by id) it goes to next season; undefined when the link names it only in words. */
  readonly to?: string;
}

export interface NextSeasonOptions {
  readonly id: string;
  readonly name: string;
}

export interface NextSeason {
  /** The next season as the season format writes it (definition only). */
  readonly input: Record<string, unknown>;
  /** Each competition's teams that left and came in. */
  readonly changes: readonly { competition: string; out: string[]; in: string[] }[];
  /** What the office should know: a team with no competition to go to, a reserve team missing. */
  readonly notes: readonly string[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields of a season or competition that belong to one edition: its dates and its neighbours. */
const EDITION_FIELDS = ['start', 'end', 'previous', 'next'] as const;

/**
 * What a stage records about this edition's draw (the groups' teams, the rounds' pairings) or its
 * dates, taken out so that next season's are drawn and dated again.
 */
function freshStage(stage: Json): Json {
  const out: Json = { ...stage };
  for (const f of ['start', 'end']) delete out[f];
  if (Array.isArray(out.groups))
    out.groups = out.groups.map((g) => {
      if (!isObject(g)) return g;
      const { teams: _teams, ...rest } = g;
      return rest;
    });
  if (Array.isArray(out.rounds))
    out.rounds = out.rounds.map((r) => {
      if (!isObject(r)) return r;
      const { ties: _ties, start: _s, end: _e, ...rest } = r;
      return rest;
    });
  return out;
}

export function nextSeason(
  input: Readonly<Json>,
  moves: readonly TeamMove[],
  options: NextSeasonOptions,
): NextSeason {
  const season = { ...(input.season as Json) };
  const previousId = String(season.id);
  for (const f of EDITION_FIELDS) delete season[f];
  season.id = options.id;
  season.name = options.name;
  season.previous = previousId;

  const teamsDoc = (Array.isArray(input.teams) ? input.teams : []).filter(isObject);
  const clubOf = (team: string) => String(teamsDoc.find((t) => t.id === team)?.club ?? team);
  const reserveOf = (team: string) =>
    teamsDoc.find((t) => t.club === clubOf(team) && t.kind === 'reserve')?.id as string | undefined;

  const competitions = (Array.isArray(input.competitions) ? input.competitions : []).filter(isObject);
  const listed = (c: Json) => (Array.isArray(c.teams) ? c.teams.map(String) : undefined);
  const original = new Map(competitions.map((c) => [String(c.id), listed(c)]));
  const sameTeams = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
    a !== undefined && b !== undefined && a.length === b.length && a.every((t) => b.includes(t));
  /** The competitions played by exactly the clubs of `id` (a cup of the league's clubs) follow it. */
  const followers = (id: string) =>
    competitions
      .map((c) => String(c.id))
      .filter((c) => c !== id && sameTeams(original.get(c), original.get(id)));
  const reserveCompetitions = competitions.filter((c) => c.kind === 'reserves').map((c) => String(c.id));

  const out = new Map<string, Set<string>>();
  const into = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, c: string, t: string) => m.set(c, (m.get(c) ?? new Set()).add(t));
  const notes: string[] = [];
  /** The reserve competitions played by the reserve teams of `id`'s clubs. */
  const reservesOf = (id: string) =>
    reserveCompetitions.filter((r) =>
      (original.get(id) ?? []).some((t) => {
        const reserve = reserveOf(t);
        return reserve !== undefined && original.get(r)?.includes(reserve);
      }),
    );
  for (const move of moves) {
    for (const c of [move.from, ...followers(move.from)]) add(out, c, move.team);
    const reserve = reserveOf(move.team);
    for (const r of reservesOf(move.from))
      if (reserve && original.get(r)?.includes(reserve)) add(out, r, reserve);
    if (move.to === undefined || !original.has(move.to)) {
      notes.push(
        `${move.team} leaves ${move.from} (${move.kind}, link ${move.link})${move.to ? ` for ${move.to}, not a competition of this season` : ''}`,
      );
      continue;
    }
    for (const c of [move.to, ...followers(move.to)]) add(into, c, move.team);
    for (const r of reservesOf(move.to)) {
      if (reserve) add(into, r, reserve);
      else notes.push(`${move.team} has no reserve team in teams.yaml to play in ${r}`);
    }
  }

  const changes: { competition: string; out: string[]; in: string[] }[] = [];
  const nextCompetitions = competitions.map((c) => {
    const id = String(c.id);
    const next: Json = { ...c };
    for (const f of EDITION_FIELDS) delete next[f];
    if (typeof next.edition === 'number') next.edition = next.edition + 1;
    delete next.titleNote;
    if (Array.isArray(next.stages)) next.stages = next.stages.map((s) => (isObject(s) ? freshStage(s) : s));
    const teams = original.get(id);
    if (teams) {
      const gone = teams.filter((t) => out.get(id)?.has(t));
      const came = [...(into.get(id) ?? [])].filter((t) => !teams.includes(t));
      next.teams = [...teams.filter((t) => !gone.includes(t)), ...came];
      if (gone.length || came.length) changes.push({ competition: id, out: gone, in: came });
    }
    return next;
  });

  const definition: Json = { season };
  for (const section of ['sources', 'venues', 'clubs', 'teams', 'people', 'links'] as const)
    if (input[section] !== undefined) definition[section] = input[section];
  definition.competitions = nextCompetitions;
  return { input: definition, changes, notes };
}
