import type { TeamRef } from '../../views/team-ref.ts';
import { html, type SafeHtml } from '../html.ts';
import { paths, type PageContext } from '../page-context.ts';

export const teamLink = (p: PageContext, team: TeamRef): SafeHtml =>
  p.season ? html`<a href="${paths.team(p.season.id, team.id)}">${team.name}</a>` : html`${team.name}`;
