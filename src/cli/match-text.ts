import { MatchFactSchema } from '../core/definition/index.ts';
import { formatScore } from '../core/model/index.ts';
import type { SeasonIndex } from '../core/season/season.ts';
import type { JsonObject } from '../storage/index.ts';

/** One line for a match entry as stored: `Alianza Lima 2–2 Universidad San Martín (3–3 a.e.t., 5–3 pens)`. */
export function matchText(payload: JsonObject | undefined, idx?: SeasonIndex): string {
  if (!payload) return 'withdrawn';
  const parsed = MatchFactSchema.safeParse(payload);
  if (!parsed.success) return JSON.stringify(payload);
  const m = parsed.data;
  const name = (id: string) => idx?.teams.get(id)?.name ?? id;
  const status = m.status ?? (m.score ? 'played' : 'scheduled');
  if (!m.score) return `${name(m.home)} v ${name(m.away)}, ${status}${m.date ? ` (${m.date})` : ''}`;
  const extras = [
    m.extraTime && `${formatScore(m.extraTime)} a.e.t.`,
    m.penalties && `${formatScore(m.penalties)} pens`,
    status !== 'played' && status,
    m.awardedTo && `to ${name(m.awardedTo)}`,
  ].filter(Boolean);
  const goals = m.goals
    ? [...m.goals.home.map((g) => g.player), ...m.goals.away.map((g) => g.player)].length
    : 0;
  return `${name(m.home)} ${formatScore(m.score)} ${name(m.away)}${extras.length ? ` (${extras.join(', ')})` : ''}${goals ? `, ${goals} goal(s) listed` : ''}`;
}
