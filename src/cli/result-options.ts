import type { Command } from 'commander';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** The flags of `record` and `correct`: the result, who writes, and the version it is based on. */
export const resultOptions = (command: Command): Command =>
  command
    .option('--aet', 'extra time was played and nobody scored in it (the same as --et <score>)')
    .option('--et <score>', 'the cumulative score after extra time, like 3-3')
    .option('--pens <score>', 'the penalty shoot-out, like 5-3')
    .option('--half-time <score>', 'the score at half time')
    .option(
      '--goal <goal>',
      `a goal with its side before a colon: "home:Perea 16' pen", "away:Silva 28'", or a team id or club code ("USM:Silva 28'"); repeatable; own goals ("… og") go under the side they count for`,
      collect,
      [],
    )
    .option('--home-goal <goal>', `a goal for the home side, e.g. "Aparicio 85'"; repeatable`, collect, [])
    .option('--away-goal <goal>', 'a goal for the away side; repeatable', collect, [])
    .option(
      '--card <card>',
      `a card with its side: "home:Romero 70' red", "away:Ibáñez 12' yellow"; repeatable`,
      collect,
      [],
    )
    .option('--home-card <card>', 'a card for the home side; repeatable', collect, [])
    .option('--away-card <card>', 'a card for the away side; repeatable', collect, [])
    .option('--attendance <n>', 'spectators')
    .option('--referee <name>', 'the referee')
    .option('--status <status>', 'played (the default with a score), awarded, abandoned, void, annulled')
    .option('--awarded-to <team>', 'for an awarded match: the team it was awarded to')
    .option(
      '--clear <field>',
      'remove a field the match has (a correction keeps every field it is not given): half-time, et, pens, goals, cards, status, awarded-to, attendance, referee, shootout, winner; repeatable',
      collect,
      [],
    )
    .option('--author <name>', 'who records it (default: TORNEO_AUTHOR, else the login name)')
    .option(
      '--expect-version <n>',
      'the version you based this on (default: the current one); refused with exit 4 if someone else wrote since',
    )
    .option(
      '--idempotency-key <key>',
      'replaying the same write with this key does nothing and reports the fact first written',
    )
    .option(
      '--db <url>',
      'database: a SQLite file or a postgres:// URL (default: DATABASE_URL, else ./torneo.db)',
    )
    .option('--json', 'print the stored fact as JSON');
