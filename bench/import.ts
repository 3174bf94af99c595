// Importing real data into storage, and recording one result: SQLite (a temporary file) always,
// PostgreSQL (a database created for the run and dropped after) when a server answers at
// TORNEO_BENCH_POSTGRES (default postgres://postgres@127.0.0.1:5432/postgres).
// A benchmark, not a test: nothing here asserts a time.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { parseEngsoccerdata } from '../src/import/engsoccerdata/index.ts';
import { importSeason } from '../src/season/from-import/import-season.ts';
import { openStore, type SeasonStore } from '../src/storage/index.ts';
import type { BenchRow } from './bench-row.ts';
import { cpuMsSince, percentile } from './measure.ts';

export interface ImportBenchRow extends BenchRow {
  /** Matches (or writes) per second of wall time. */
  readonly perSecond: number;
}

const ENGLAND = new URL('../../shared/data/engsoccerdata/england.csv', import.meta.url).pathname;
const ADMIN = process.env.TORNEO_BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const RECORDS = 200;

/** Every import and recording row, for each database that is there. */
export async function runImportBench(): Promise<ImportBenchRow[]> {
  if (!existsSync(ENGLAND))
    return [
      {
        workload: 'import engsoccerdata',
        size: '',
        impl: 'torneo',
        ms: NaN,
        perSecond: NaN,
        note: `${ENGLAND} not found`,
      },
    ];
  const rows: ImportBenchRow[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'torneo-bench-'));
  try {
    rows.push(...(await benchDatabase('SQLite', join(dir, 'england.db'))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const admin = new pg.Client({ connectionString: ADMIN, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (e) {
    rows.push({
      workload: 'import engsoccerdata england (PostgreSQL)',
      size: '',
      impl: 'torneo',
      ms: NaN,
      perSecond: NaN,
      note: `PostgreSQL not reachable: ${(e as Error).message}`,
    });
    return rows;
  }
  const name = `torneo_bench_${process.pid}`;
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(ADMIN);
    url.pathname = `/${name}`;
    rows.push(...(await benchDatabase('PostgreSQL', url.toString())));
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  return rows;
}

async function benchDatabase(db: string, target: string): Promise<ImportBenchRow[]> {
  const store = openStore(target);
  await store.migrate();
  try {
    const meta = { author: 'bench', recordedAt: new Date('2030-01-01T00:00:00Z') };
    const timed = async <T>(work: () => Promise<T> | T) => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const value = await work();
      return { value, ms: performance.now() - t0, cpuMs: cpuMsSince(c0) };
    };
    // Reading and parsing the file is part of an import; it is the same for both databases.
    const all = await timed(async () => {
      const result = parseEngsoccerdata(readFileSync(ENGLAND, 'utf8'), { file: 'england.csv' });
      return importSeason(store, [result], { seasonId: 'england', seasonName: 'England 1888–2024' }, meta, {
        origin: 'import:england.csv',
      });
    });
    const n = all.value.matches;
    const size = `${n.toLocaleString('en')} matches`;
    const again = await timed(() =>
      importSeason(
        store,
        [parseEngsoccerdata(readFileSync(ENGLAND, 'utf8'))],
        { seasonId: 'england' },
        meta,
        { origin: 'import:england.csv' },
      ),
    );
    const read = await timed(() => store.playedMatches('england', '1-1888-89'));
    const latency = await recordLatency(store, meta.recordedAt);
    const row = (
      workload: string,
      ms: number,
      perSecond: number,
      note: string,
      extra: Partial<BenchRow> = {},
    ): ImportBenchRow => ({
      workload: `${workload} (${db})`,
      size,
      impl: 'torneo',
      ms: round(ms),
      perSecond: Math.round(perSecond),
      throughput: { value: Math.round(perSecond), unit: 'matches/s' },
      note,
      ...extra,
    });
    return [
      row(
        'import engsoccerdata england',
        all.ms,
        (n / all.ms) * 1000,
        `parse, build season, validate every match, ${all.value.batches} batches of 20,000 in one transaction each; CPU ${round(all.cpuMs)} ms in this process`,
      ),
      row(
        're-import the same file',
        again.ms,
        (n / again.ms) * 1000,
        `adds ${again.value.added} facts: every match compared with its current version`,
      ),
      row(
        'read one division-season',
        read.ms,
        (read.value.length / read.ms) * 1000,
        `playedMatches of 1888/89 Division 1 (${read.value.length} matches) in a season of ${n.toLocaleString('en')}`,
      ),
      {
        ...row(
          'record a result and read it back',
          latency.p50,
          1000 / latency.p50,
          `${RECORDS} corrections, each appended on the version read and read back`,
        ),
        p50: round(latency.p50),
        p99: round(latency.p99),
        throughput: { value: Math.round(1000 / latency.p50), unit: 'writes/s' },
      },
    ];
  } finally {
    await store.close();
  }
}

/** One official at a time: read the match, append a correction on that version, read the match back. */
async function recordLatency(store: SeasonStore, start: Date): Promise<{ p50: number; p99: number }> {
  const matches = await store.playedMatches('england', '1-2023-24');
  const ms: number[] = [];
  for (let i = 0; i < RECORDS; i++) {
    const m = matches[i % matches.length]!;
    const ref = {
      seasonId: 'england',
      kind: 'match' as const,
      key: `${m.competition}/${m.stage}/${m.date}/${m.home}-v-${m.away}`,
    };
    const t0 = performance.now();
    const current = (await store.currentFact(ref))!;
    const payload = { ...current.payload!, attendance: 1000 + i };
    await store.appendFact(
      {
        ...ref,
        action: 'correct',
        payload,
        author: 'bench',
        reason: 'attendance',
        recordedAt: new Date(start.getTime() + (i + 1) * 1000),
      },
      { expectedVersion: current.version, idempotencyKey: `bench-${i}` },
    );
    await store.currentFact(ref);
    ms.push(performance.now() - t0);
  }
  return { p50: percentile(ms, 50), p99: percentile(ms, 99) };
}

const round = (ms: number) => Math.round(ms * 10) / 10;
