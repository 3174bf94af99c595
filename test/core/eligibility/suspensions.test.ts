import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SeasonSchema } from '../../../src/core/definition/index.ts';
import { suspensions } from '../../../src/core/eligibility/index.ts';
import { indexSeason } from '../../../src/core/season/season.ts';

/**
 * A made-up league (not real) of two clubs meeting week after week, so that every match is the
 * next match of both: Ramos of Alfa collects yellows, Soto of Beta is sent off.
 */
function league(
  rules: Record<string, number> | undefined,
  weeks: {
    alfa?: string[];
    beta?: string[];
    alfaLineup?: string[];
    betaLineup?: string[];
    played?: boolean;
  }[],
) {
  const starting = (extra: string[] = []) => [
    ...extra,
    ...Array.from({ length: 11 - extra.length }, (_, i) => `p${i}`),
  ];
  return indexSeason(
    SeasonSchema.parse({
      season: { id: 'liga-2031', name: 'Liga 2031' },
      clubs: [
        { id: 'alfa', name: 'Alfa' },
        { id: 'beta', name: 'Beta' },
      ],
      people: [
        { id: 'ramos', name: 'Ramos' },
        { id: 'soto', name: 'Soto' },
      ],
      competitions: [
        {
          id: 'liga',
          name: 'Liga',
          teams: ['alfa', 'beta'],
          ...(rules ? { suspensions: rules } : {}),
          stages: [{ id: 'league', name: 'League', format: 'league', rounds: weeks.length }],
        },
      ],
      matches: weeks.map((w, i) => ({
        competition: 'liga',
        stage: 'league',
        round: String(i + 1),
        date: `2031-03-${String(i + 1).padStart(2, '0')}`,
        home: i % 2 ? 'beta' : 'alfa',
        away: i % 2 ? 'alfa' : 'beta',
        ...(w.played === false ? {} : { score: '0-0' }),
        cards: {
          [i % 2 ? 'away' : 'home']: w.alfa ?? [],
          [i % 2 ? 'home' : 'away']: w.beta ?? [],
        },
        ...(w.alfaLineup || w.betaLineup
          ? {
              lineups: {
                [i % 2 ? 'away' : 'home']: { starting: starting(w.alfaLineup) },
                [i % 2 ? 'home' : 'away']: { starting: starting(w.betaLineup) },
              },
            }
          : {}),
      })),
    }),
  );
}

const yellow = ['Ramos yellow'];
/** A match id's date and pairing: `2031-03-05/alfa-v-beta`. */
const tail = (id: string) => id.split('/').slice(-2).join('/');

describe('suspensions from accumulated cards', () => {
  it('bans for one match at the fifth yellow, served in the next match, and counts again from there', () => {
    const idx = league({ yellows: 5, yellowBan: 1, redBan: 1 }, [
      ...Array.from({ length: 5 }, () => ({ alfa: yellow })),
      { alfaLineup: ['ramos'] },
      ...Array.from({ length: 4 }, () => ({ alfa: yellow })),
      { alfa: yellow },
      { played: false },
    ]);
    const r = suspensions(idx, 'liga');
    assert.deepEqual(
      r.suspensions.map((s) => [s.player, s.team, s.reason, tail(s.after), s.servedIn.length]),
      [
        ['ramos', 'alfa', 'yellows', '2031-03-05/alfa-v-beta', 1],
        ['ramos', 'alfa', 'yellows', '2031-03-11/alfa-v-beta', 1],
      ],
    );
    assert.match(r.suspensions[1]!.servedIn[0]!, /2031-03-12/, 'a match still to play serves it');
    assert.equal(r.inLineups.length, 1, 'Ramos played the 6th match while banned');
    assert.match(r.inLineups[0]!.match, /2031-03-06/);
  });

  it('bans a sent-off player for the configured matches, and his second yellow is not a caution', () => {
    const idx = league({ yellows: 2, yellowBan: 1, redBan: 2 }, [
      { beta: ['Soto yellow'] },
      { beta: ['Soto yellow', "Soto 80' second-yellow"] },
      {},
      { betaLineup: ['soto'] },
      { betaLineup: ['soto'] },
    ]);
    const r = suspensions(idx, 'liga');
    assert.deepEqual(
      r.suspensions.map((s) => [s.player, s.reason, s.matches, s.servedIn.length]),
      [['soto', 'red', 2, 2]],
      'one ban (the red), not a second for two yellows',
    );
    assert.deepEqual(
      r.inLineups.map((x) => tail(x.match)),
      ['2031-03-04/beta-v-alfa'],
      'in the 4th match he was still banned; by the 5th he had served it',
    );
  });

  it('finds nothing in a competition without suspension rules', () => {
    const idx = league(
      undefined,
      Array.from({ length: 6 }, () => ({ alfa: yellow })),
    );
    assert.deepEqual(suspensions(idx, 'liga'), { suspensions: [], inLineups: [] });
  });
});
