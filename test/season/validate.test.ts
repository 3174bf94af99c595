import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { formatIssue, loadSeasonFromFiles } from '../../src/season/load-season.ts';

const FILE = 'test/fixtures/seasons/mini-cup.yaml';
const original = readFileSync(FILE, 'utf8');

/** Loads a broken copy of the mini season: `edit` rewrites the text. */
function loadEdited(edit: (text: string) => string) {
  const loaded = loadSeasonFromFiles([{ path: FILE, text: edit(original) }]);
  return { loaded, lines: loaded.issues.map(formatIssue) };
}

const lineOf = (needle: string, text = original) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('validating a season definition', () => {
  it('accepts the valid mini season with no issues', () => {
    const { loaded } = loadEdited((t) => t);
    assert.deepEqual(loaded.issues, []);
    assert.equal(loaded.doc?.matches.length, 2);
  });

  it('reports a YAML syntax error once, at the file, line and column of its cause', () => {
    const { loaded, lines } = loadEdited((t) => t.replace('    code: DSU', '    code: [DSU'));
    assert.equal(loaded.doc, undefined);
    assert.equal(loaded.issues[0]?.code, 'yaml_syntax');
    assert.equal(loaded.issues[0]?.file, FILE);
    assert.equal(loaded.issues.length, 1, lines.join('\n'));
    assert.equal(loaded.issues[0]!.line, lineOf('code: DSU'), lines[0]);
    assert.match(
      lines[0]!,
      /^test\/fixtures\/seasons\/mini-cup\.yaml:\d+:11: error: this '\[' is never closed with '\]'; expected/,
    );
  });

  it('names an unknown team in a result, where it is, and the near miss', () => {
    const { loaded, lines } = loadEdited((t) =>
      t.replace('    away: deportivo-sur\n    score: 2-1', '    away: deportivo-surr\n    score: 2-1'),
    );
    assert.equal(loaded.issues.length, 1);
    const line = lineOf(
      'away: deportivo-surr',
      original.replace('    away: deportivo-sur\n    score: 2-1', '    away: deportivo-surr\n    score: 2-1'),
    );
    assert.equal(
      lines[0],
      `${FILE}:${line}:11: error: unknown team 'deportivo-surr' — did you mean 'deportivo-sur'? (at matches[0].away); expected the id of a team defined in this season`,
    );
  });

  it('suggests the id when a team is written by its name', () => {
    const { loaded } = loadEdited((t) =>
      t.replace(
        '    home: atletico-norte\n    away: deportivo-sur',
        '    home: Atletico Norte\n    away: deportivo-sur',
      ),
    );
    const unknown = loaded.issues.find((i) => i.code === 'unknown_reference' || i.code === 'schema');
    assert.ok(unknown, 'an issue is reported');
  });

  it('reports a wrong type with the path and what was expected', () => {
    const { loaded, lines } = loadEdited((t) => t.replace('capacity: 10000', 'capacity: ten thousand'));
    assert.equal(loaded.issues.length, 1);
    assert.equal(loaded.issues[0]?.line, lineOf('capacity: 10000'));
    assert.match(
      lines[0]!,
      /error: 'ten thousand' has the wrong type \(at venues\[0\]\.capacity\); expected number$/,
    );
  });

  it('refuses an unknown tie-breaker and suggests the right id', () => {
    const { loaded, lines } = loadEdited((t) =>
      t.replace('goal_difference, goals_for', 'goal_diference, goals_for'),
    );
    assert.equal(loaded.issues.length, 1);
    assert.equal(loaded.issues[0]?.line, lineOf('tiebreakers:'));
    assert.match(
      lines[0]!,
      /error: 'goal_diference' is not allowed here — did you mean 'goal_difference'\? \(at competitions\[0\]\.rules\.tiebreakers\[1\]\)/,
    );
    assert.equal(loaded.issues[0]?.suggestion, 'goal_difference');
  });

  it('refuses a misspelt field and lists the accepted ones', () => {
    const { loaded, lines } = loadEdited((t) => t.replace('    tie: { legs: 2,', '    ties: { legs: 2,'));
    assert.equal(loaded.issues[0]?.code, 'unknown_key');
    assert.match(
      lines[0]!,
      /unknown field 'ties' — did you mean 'tie'\? \(at competitions\[0\]\.stages\[1\]\.ties\)/,
    );
  });

  it('refuses a second-leg result for a club excluded from the tie', () => {
    const secondLeg = `  - competition: mini-cup\n    stage: final\n    tie: final\n    leg: 2\n    date: 2030-05-08\n    home: sporting-oeste\n    away: union-este\n    score: 2-0\nexclusions:`;
    const { loaded, lines } = loadEdited((t) => t.replace('exclusions:', secondLeg));
    assert.equal(loaded.issues.length, 1);
    assert.equal(loaded.issues[0]?.code, 'excluded_team_played');
    assert.match(
      lines[0]!,
      /error: 'sporting-oeste' was excluded from this tie \(unsporting conduct at the end of the first leg\), so the match cannot have a played result \(at matches\[2\]\.score\)/,
    );
  });

  it('refuses goals that do not add up to the score', () => {
    const { loaded, lines } = loadEdited((t) => t.replace(`["Pérez 10'", "Gómez 90+2'"]`, `["Pérez 10'"]`));
    assert.equal(loaded.issues[0]?.code, 'score_mismatch');
    assert.match(lines[0]!, /1 goal\(s\) listed for the home side but the score gives 2/);
  });

  it('reads a stoppage-time minute and a penalty from the report shorthand', () => {
    const { loaded } = loadEdited((t) => t);
    const goals = loaded.doc!.matches[0]!.goals!;
    assert.deepEqual(goals.home[1], { player: 'Gómez', minute: { minute: 90, added: 2 }, kind: 'goal' });
    assert.deepEqual(goals.away[0], { player: 'Ruiz', minute: { minute: 45 }, kind: 'penalty' });
  });

  it('refuses a shoot-out that goes on after it is decided', () => {
    const shootout = `    score: 1-0\n    extraTime: 1-1\n    penalties: 3-0\n    shootout:\n      first: home\n      home: [a, b, c, d]\n      away: [e missed, f missed, g missed]\n`;
    const { loaded } = loadEdited((t) => t.replace('    score: 1-0\n', shootout));
    const invalid = loaded.issues.find((i) => i.code === 'shootout_invalid');
    assert.match(invalid!.message, /kick 7 was taken after the shoot-out was already decided/);
  });

  it('refuses a shoot-out recorded on a group match, naming the file and line of the penalties', () => {
    const { loaded, lines } = loadEdited((t) =>
      t.replace('    score: 2-1\n', '    score: 2-1\n    penalties: 4-3\n'),
    );
    const line = lines.find((l) => l.includes('on a group match'));
    assert.match(
      line!,
      /^test\/fixtures\/seasons\/mini-cup\.yaml:\d+:\d+: error: a shoot-out is recorded on a group match, which no shoot-out decides \(at matches\[0\]\.penalties\)/,
    );
    assert.ok(loaded.issues.every((i) => i.path.join('.') === 'matches.0.penalties'));
  });

  it('refuses a second leg decided on penalties without the extra time the tie rules require', () => {
    // Level on aggregate (1-0, 0-1): the rules play extra time before the shoot-out.
    const secondLeg = `  - { competition: mini-cup, stage: final, tie: final, leg: 2, date: 2030-05-08, home: sporting-oeste, away: union-este, score: 1-0, penalties: 4-2 }\nexclusions: []\n`;
    const { loaded, lines } = loadEdited((t) => t.replace(/exclusions:[\s\S]*$/, secondLeg));
    assert.equal(loaded.issues.length, 1, lines.join('\n'));
    assert.deepEqual(loaded.issues[0]!.path, ['matches', 2, 'penalties']);
    assert.match(
      lines[0]!,
      /:\d+:\d+: error: a shoot-out is recorded but not the extra time the rules play before it/,
    );
  });

  it('accepts a second leg won on aggregate-level penalties after extra time although the leg itself was not drawn', () => {
    const secondLeg = `  - { competition: mini-cup, stage: final, tie: final, leg: 2, date: 2030-05-08, home: sporting-oeste, away: union-este, score: 1-0, extraTime: 1-0, penalties: 4-2 }\nexclusions: []\n`;
    const { loaded } = loadEdited((t) => t.replace(/exclusions:[\s\S]*$/, secondLeg));
    assert.deepEqual(loaded.issues, []);
  });
});

describe('validating a league match', () => {
  const LIGA = 'test/fixtures/seasons/liga-diez.yaml';
  const liga = readFileSync(LIGA, 'utf8');
  const first =
    '  - { competition: liga, stage: league, round: "1", date: 2031-03-01, home: arcos, away: jaguar, score: 4-0 }';

  it('refuses a shoot-out recorded on a drawn league match, at the file and line of the penalties', () => {
    assert.ok(liga.includes(first));
    const text = liga.replace(first, first.replace('score: 4-0 }', 'score: 1-1, penalties: 5-4 }'));
    const loaded = loadSeasonFromFiles([{ path: LIGA, text }]);
    const lines = loaded.issues.map(formatIssue);
    assert.equal(loaded.issues.length, 1, lines.join('\n'));
    assert.deepEqual(loaded.issues[0]!.path, ['matches', 0, 'penalties']);
    assert.match(
      lines[0]!,
      new RegExp(
        `^test/fixtures/seasons/liga-diez\\.yaml:${lineOf(first, liga)}:\\d+: error: a shoot-out is recorded on a league match, which no shoot-out decides`,
      ),
    );
  });
});
