import type { SuspendedInLineup } from './suspensions.ts';

/** A banned player in a line-up, in words: who, where, and the card that banned him. */
export function suspendedText(x: SuspendedInLineup, name: (id: string) => string): string {
  const s = x.suspension;
  const why = s.reason === 'red' ? 'a sending-off' : 'accumulated yellow cards';
  return `${name(x.player)} (${name(x.team)}) is in the line-up of ${x.match} while suspended for ${s.matches} match(es) for ${why} in ${s.after}`;
}
