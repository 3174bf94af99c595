import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseFootballTxt } from '../../../src/import/football-txt/index.ts';

const parse = (...lines: string[]) => parseFootballTxt(lines.join('\n'));
const only = (...lines: string[]) => {
  const r = parse(...lines);
  assert.deepEqual(r.refused, []);
  assert.equal(r.matches.length, 1);
  return r.matches[0]!;
};

describe('Football.TXT: titles, headings and dates', () => {
  it('reads competition and season from the title', () => {
    const r = parse(
      '= English Premier League 2023/24',
      '',
      'Matchday 1',
      '[Fri Aug/11]',
      '  20.00  Burnley FC  0-3 (0-2)  Manchester City FC',
    );
    assert.equal(r.competition, 'English Premier League');
    assert.equal(r.season, '2023/24');
    assert.deepEqual(
      {
        round: r.matches[0]!.round,
        matchday: r.matches[0]!.matchday,
        date: r.matches[0]!.date,
        time: r.matches[0]!.time,
      },
      { round: 'Matchday 1', matchday: 1, date: '2023-08-11', time: '20:00' },
    );
  });

  it('fills in the year across New Year and for a postponed match listed under its old matchday', () => {
    const r = parse(
      '= Premier League 2023/24',
      'Matchday 20',
      '[Sun Dec/31]',
      '  Fulham FC  2-1  Arsenal FC',
      '[Mon Jan/1]',
      '  Liverpool FC  4-2  Newcastle United FC',
      'Matchday 26',
      '[Mon Feb/26]',
      '  West Ham United FC  4-2  Brentford FC',
      '[Thu May/2]',
      '  Chelsea FC  2-0  Tottenham Hotspur FC',
      'Matchday 27',
      '[Sat Mar/2]',
      '  Brentford FC  2-2  Chelsea FC',
    );
    assert.deepEqual(
      r.matches.map((m) => m.date),
      ['2023-12-31', '2024-01-01', '2024-02-26', '2024-05-02', '2024-03-02'],
    );
  });

  it('lets a match without a time keep the kick-off above it on the same day', () => {
    const r = parse(
      '= L 2023/24',
      '[Sat Aug/12]',
      '  15.00  A  1-1  B',
      '         C  0-1  D',
      '[Sun Aug/13]',
      '         E  2-2  F',
    );
    assert.deepEqual(
      r.matches.map((m) => m.time),
      ['15:00', '15:00', undefined],
    );
  });

  it('reads » and ▪ headings, sections, groups and matchdays', () => {
    const r = parse(
      '=World Cup Qualifying=',
      '==Asia (AFC)==',
      '▪ Second Round',
      '▪▪ Group H',
      ' 5.9.19 @ Colombo         Sri Lanka     0-2 Turkmenistan',
    );
    const m = r.matches[0]!;
    assert.deepEqual(
      { stage: m.stage, round: m.round, group: m.group, date: m.date, venue: m.venue },
      {
        stage: 'Asia (AFC)',
        round: 'Second Round, Group H',
        group: 'H',
        date: '2019-09-05',
        venue: 'Colombo',
      },
    );
  });

  it('counts round and group definitions as understood, not as matches', () => {
    const r = parse(
      '= World Cup 2022',
      'Group A  | Qatar  Ecuador  Senegal  Netherlands',
      '▪ Matchday 1  |  Sun Nov 20',
    );
    assert.deepEqual(r.matches, []);
    assert.deepEqual(r.refused, []);
    assert.deepEqual(r.ignored, { group_definition: 1, round_definition: 1 });
  });

  it('reports a date whose year nothing tells', () => {
    const r = parse('= Friendlies', 'Aug 11', '  A  1-0  B');
    assert.equal(r.matches[0]!.date, undefined);
    assert.equal(r.issues[0]!.code, 'date_without_year');
  });
});

describe('Football.TXT: teams, scores and statuses', () => {
  it('splits the association code off a club name', () => {
    const m = only(
      '= UEFA Champions League 2024/25',
      '  Tue Sep/17 2024',
      '    18.45  BSC Young Boys (SUI)    v Aston Villa FC (ENG)     0-3 (0-2)',
    );
    assert.deepEqual(
      [m.home, m.homeCountry, m.away, m.awayCountry],
      ['BSC Young Boys', 'SUI', 'Aston Villa FC', 'ENG'],
    );
  });

  it('keeps 90 minutes, extra time and penalties in the result', () => {
    const m = only(
      '= UCL 2024/25',
      'Tue Mar/11 2025',
      '  Liverpool FC (ENG)  v Paris Saint-Germain FC (FRA)  1-4 pen. 0-1 a.e.t. (0-1, 0-1)',
    );
    assert.deepEqual(m.result, {
      fullTime: { home: 0, away: 1 },
      halfTime: { home: 0, away: 1 },
      extraTime: { home: 0, away: 1 },
      penalties: { home: 1, away: 4 },
    });
  });

  it('marks a score given only after extra time', () => {
    const m = only(
      '= FA Cup 2019/20',
      'Nov 19',
      '  Gillingham              1-0 Sunderland              (aet)',
    );
    assert.equal(m.fullTimeUnknown, true);
    assert.deepEqual(m.result?.extraTime, { home: 1, away: 0 });
  });

  it('reads an awarded match and whom it was awarded to', () => {
    const m = only(
      '= Copa Libertadores 2015',
      'Fri May/15 2015',
      '  Boca Juniors (ARG)      v River Plate (ARG)        0-3    [awarded]',
    );
    assert.deepEqual([m.status, m.awardedTo, m.note], ['awarded', 'away', undefined]);
  });

  it('reads awd., voided, annulled, postponed, cancelled and n/p', () => {
    const r = parse(
      '= Q 2022',
      '24.3.22 @ Moskva   Russia   0-3 awd. Poland   [awarded because of suspension Russia]',
      '21.9.22 @ São Paulo   Brazil   n/p Argentina   [voided]',
      ' 5.9.19 @ Pyongyang   North Korea   2-0 Lebanon   [annulled]',
      '17.3.22 @ Doha   Tahiti   n/p Vanuatu',
      '  AFC Bournemouth         v Manchester City FC       [postponed]',
      '  Boreham Wood             -  Torquay United           [cancelled]',
    );
    assert.deepEqual(
      r.matches.map((m) => m.status),
      ['awarded', 'void', 'annulled', 'cancelled', 'postponed', 'cancelled'],
    );
    assert.equal(r.matches[0]!.note, 'awarded because of suspension Russia');
    assert.equal(r.matches[2]!.result?.fullTime.home, 2);
  });

  it('reads an abandoned match whose note runs over two lines', () => {
    const r = parse(
      '= L 2023/24',
      'Dec 16',
      "Bournemouth   abd Luton         [abandoned at 1-1 in 65' due to cardiac arrest",
      '   Luton player Tom Lockyer]',
      'Chelsea       2-0 Sheffield U',
    );
    assert.deepEqual(r.refused, []);
    assert.equal(r.matches[0]!.status, 'abandoned');
    assert.equal(
      r.matches[0]!.note,
      "abandoned at 1-1 in 65' due to cardiac arrest Luton player Tom Lockyer",
    );
    assert.equal(r.matches[1]!.home, 'Chelsea');
  });

  it('treats a walkover as awarded to the home side and a bye as no match', () => {
    const r = parse(
      '=FA Cup 1871/72=',
      'Nov 11',
      '  Royal Engineers     w/o  Reigate Priory',
      '  Donington School    bye',
    );
    assert.equal(r.matches.length, 1);
    assert.deepEqual(
      [r.matches[0]!.status, r.matches[0]!.awardedTo, r.matches[0]!.result],
      ['awarded', 'home', undefined],
    );
    assert.equal(r.ignored?.bye, 1);
  });
});

describe('Football.TXT: scorers', () => {
  it('reads home and away scorers with added time, penalties and own goals', () => {
    const m = only(
      '= World Cup 2022',
      'Sat Dec 3',
      '   22:00     Argentina          2-1 (1-0)  Australia  @ Ahmad bin Ali Stadium, Al Rayyan',
      "               (Lionel Messi 35' Julián Álvarez 90+2'(pen.); Enzo Fernández 77'(o.g.))",
    );
    assert.deepEqual(m.goals, [
      { side: 'home', name: 'Lionel Messi', minute: { minute: 35 }, kind: 'goal' },
      { side: 'home', name: 'Julián Álvarez', minute: { minute: 90, added: 2 }, kind: 'penalty' },
      { side: 'away', name: 'Enzo Fernández', minute: { minute: 77 }, kind: 'own_goal' },
    ]);
  });

  it('gives scorers without ";" to the only side that scored', () => {
    const m = only(
      '= World Cup 2022',
      'Mon Nov 21',
      '  Senegal  0-2 (0-0)  Netherlands',
      "     (Cody Gakpo 84' Davy Klaassen 90+9')",
    );
    assert.deepEqual(
      m.goals?.map((g) => g.side),
      ['away', 'away'],
    );
  });

  it('reads a running score: (1-0 Monti 20, 1-1 Brown 89)', () => {
    const m = only(
      '=World Cup 1930=',
      '26.07.30 14:45 @ Montevideo',
      'ARG v USA 1-1',
      ' (1-0 Monti 20,',
      '  1-1 Brown 89)',
    );
    assert.deepEqual(
      m.goals?.map((g) => [g.side, g.name, g.minute?.minute]),
      [
        ['home', 'Monti', 20],
        ['away', 'Brown', 89],
      ],
    );
  });

  it('reads minute-first running scores', () => {
    const m = only(
      '=World Cup 1934=',
      'Jun 10 @ Roma',
      '   Italy             2-1 Czechoslovakia  (aet)',
      "    (71'      Puc 0-1",
      "     81'          1-1 Orsi",
      "     95' Schiavio 2-1)",
    );
    assert.deepEqual(
      m.goals?.map((g) => `${g.side} ${g.name} ${g.minute?.minute}`),
      ['away Puc 71', 'home Orsi 81', 'home Schiavio 95'],
    );
  });

  it('reads scorers on the match line as goals, the way RSSSF conversions write them, not as part of a name', () => {
    const r = parse(
      '= Football League 1990/91',
      'Aug 25 1990',
      '  Arsenal        2-1 (1-0)  Chelsea      (Smith 36, 50; Jones 12)',
      '  Everton        0-1  Luton Town         (Black 77)',
      '  Leeds United   3-0 Wimbledon           (Chapman 3, 40 pen, 88)',
      "  Derby County   1-1 Coventry City       (Saunders 45+2'; Gynn 60' (og))",
      '  Spurs          1-0 Man City  (Lineker 90p)  @ White Hart Lane',
      '  Fulham         1-0 QPR  (aet) (Smith 95)',
      '  Wolves         3-2 Stoke City  (Bull 5, 10,',
      '                                  Mutch 30; Ellis 40, 50 og)',
      '  Hull           1-1 Grimsby  (aet, 4-2 pen)',
    );
    assert.deepEqual(r.refused, []);
    assert.deepEqual(
      r.matches.map((m) => `${m.home} v ${m.away}`),
      [
        'Arsenal v Chelsea',
        'Everton v Luton Town',
        'Leeds United v Wimbledon',
        'Derby County v Coventry City',
        'Spurs v Man City',
        'Fulham v QPR',
        'Wolves v Stoke City',
        'Hull v Grimsby',
      ],
    );
    const goals = (i: number) =>
      r.matches[i]!.goals?.map(
        (g) =>
          `${g.side} ${g.name} ${g.minute?.minute}${g.minute?.added ? `+${g.minute.added}` : ''} ${g.kind}`,
      );
    assert.deepEqual(goals(0), ['home Smith 36 goal', 'home Smith 50 goal', 'away Jones 12 goal']);
    assert.deepEqual(goals(1), ['away Black 77 goal']);
    assert.deepEqual(goals(2), ['home Chapman 3 goal', 'home Chapman 40 penalty', 'home Chapman 88 goal']);
    assert.deepEqual(goals(3), ['home Saunders 45+2 goal', 'away Gynn 60 own_goal']);
    assert.deepEqual(goals(4), ['home Lineker 90 penalty']);
    assert.equal(r.matches[4]!.venue, 'White Hart Lane');
    assert.deepEqual(goals(5), ['home Smith 95 goal']);
    assert.deepEqual(r.matches[5]!.result?.extraTime, { home: 1, away: 0 });
    assert.deepEqual(goals(6), [
      'home Bull 5 goal',
      'home Bull 10 goal',
      'home Mutch 30 goal',
      'away Ellis 40 goal',
      'away Ellis 50 own_goal',
    ]);
    assert.equal(r.matches[7]!.goals, undefined);
    assert.deepEqual(r.matches[7]!.result?.penalties, { home: 4, away: 2 });
    assert.deepEqual(r.issues, []);
  });

  it('keeps a club name that ends in brackets without scorers: (ENG), (1878-1896)', () => {
    const r = parse(
      '= Football League 1888/89',
      'Sep 8 1888',
      '  Accrington FC (1878-1896)  2-0  Everton FC  (Holden 10, 20)',
    );
    assert.deepEqual(r.refused, []);
    assert.deepEqual([r.matches[0]!.home, r.matches[0]!.away], ['Accrington FC (1878-1896)', 'Everton FC']);
    assert.equal(r.matches[0]!.goals?.length, 2);
  });

  it('refuses scorers on the match line it cannot read, and keeps the match', () => {
    const r = parse(
      '= League 1990/91',
      'Aug 25 1990',
      '  Arsenal  2-1  Chelsea  (Smith 36, 50; Jones 12; Brown 80)',
    );
    assert.equal(r.matches.length, 1);
    assert.equal(r.matches[0]!.away, 'Chelsea');
    assert.equal(r.refused[0]!.reason, 'unparsable_goals');
    assert.equal(r.refused[0]!.line, 3);
  });

  it('refuses a scorers block it cannot read, naming the line', () => {
    const r = parse(
      '= World Cup 2022',
      'Sun Nov 20',
      '  Qatar  0-2  Ecuador',
      "     (Enner Valencia 16' Ecuador 2-0)",
    );
    assert.equal(r.refused[0]!.reason, 'unparsable_goals');
    assert.equal(r.refused[0]!.line, 4);
  });

  it('reports scorers that do not add up to the score', () => {
    const r = parse('= World Cup 2022', 'Sun Nov 20', '  Qatar  0-2  Ecuador', "     (Enner Valencia 16')");
    assert.equal(r.issues[0]!.code, 'goals_do_not_match_score');
  });

  it('takes the referee and passes over line-ups and shoot-out kicks', () => {
    const r = parse(
      '=World Cup 1938=',
      '19 Jun @ Paris,    Att: 60000',
      '  Italy            4-2 Hungary',
      '',
      '  Italy: Olivieri, Foni, Rava, Serantoni, Andreolo, Locatelli, Biavati,',
      '       Meazza, Piola, Ferrari, Colaussi',
      'Penalty kicks: 0-1 Mbappé,            1-1 Messi,',
      '                   Coman (stopped),   2-1 Dybala',
      '',
      'Referee: Capderville (France)',
    );
    assert.deepEqual(r.refused, []);
    const m = r.matches[0]!;
    assert.deepEqual([m.referee, m.attendance, m.venue], ['Capderville (France)', 60000, 'Paris']);
    assert.deepEqual(r.ignored, { lineup: 2, shootout: 2, referee: 1 });
  });
});

describe('Football.TXT: refusals', () => {
  it('refuses a line it does not understand, with its number and text', () => {
    const r = parse('= L 2023/24', '[Sat Aug/12]', '  this is not a match', '  A  1-0  B');
    assert.deepEqual(r.refused, [{ line: 3, text: '  this is not a match', reason: 'unrecognised_line' }]);
    assert.equal(r.matches.length, 1);
  });

  it('refuses an impossible date', () => {
    const r = parse('= L 2023/24', '[Fri Feb/30]', '  A  1-0  B');
    assert.equal(r.refused[0]!.reason, 'unparsable_date');
  });

  it('refuses a block whose bracket never closes', () => {
    const r = parse('= L', '12 Jun @ Paris  France  1-3 Italy', "  (Platini 10'");
    assert.equal(r.refused[0]!.reason, 'unterminated_block');
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string(), fc.constantFrom('(', '[', '<!--', '-->', '▪', '» ', '1-0', ' v ', "90+1'")),
          { maxLength: 30 },
        ),
        (parts) => {
          const r = parseFootballTxt(parts.join('\n'));
          assert.ok(Array.isArray(r.matches) && Array.isArray(r.refused));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('Football.TXT: two-legged ties and replays', () => {
  it('pairs a tie and its reverse fixture as legs 1 and 2', () => {
    const r = parse(
      '= Copa Libertadores 2015',
      '» Round of 16',
      '  Wed May/6 2015',
      '    São Paulo FC (BRA)      v Cruzeiro (BRA)           1-0 (0-0)',
      '  Wed May/13',
      '    Cruzeiro (BRA)          v São Paulo FC (BRA)       1-0 (0-0)',
    );
    assert.deepEqual(
      r.matches.map((m) => [m.leg, m.tie]),
      [
        [1, 'Round of 16: São Paulo FC v Cruzeiro'],
        [2, 'Round of 16: São Paulo FC v Cruzeiro'],
      ],
    );
  });

  it('makes the second meeting in the FA Cup a replay, not a second leg', () => {
    const r = parse(
      '= English FA Cup 2023/24',
      '» Round 1',
      '  Fri Nov/3 2023',
      '  Barnsley FC  v Horsham FC  3-3 (2-2)',
      '  Tue Nov/14',
      '  Horsham FC  v Barnsley FC  0-3 (0-3)',
    );
    assert.deepEqual(
      r.matches.map((m) => [m.leg, m.replay]),
      [
        [undefined, undefined],
        [undefined, true],
      ],
    );
  });

  it('does not pair home and away group matches', () => {
    const r = parse(
      '= UCL 2011/12',
      '» Group A',
      '  Wed Sep/14 2011',
      '  A (ENG) v B (ITA) 1-1',
      '  Wed Dec/7',
      '  B (ITA) v A (ENG) 2-0',
    );
    assert.deepEqual(
      r.matches.map((m) => m.leg),
      [undefined, undefined],
    );
  });
});
