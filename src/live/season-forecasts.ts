import { isoDate, type IsoDate } from '../core/model/index.ts';
import { fitDixonColes, playedAsOf } from '../core/predict/index.ts';
import { seasonForecast, type SeasonCounts } from '../core/simulate/index.ts';
import { runSimulation } from '../simulation/run-simulation.ts';
import { teamForecastJson, type TeamForecastJson } from '../views/forecast-view.ts';
import type { SeasonCatalog } from './season-catalog.ts';
import type { SeasonSnapshot } from './season-snapshot.ts';

/** What a forecast is asked for: how many runs, from which seed, seen from which day. */
export interface ForecastRequest {
  readonly runs: number;
  readonly seed: number;
  readonly asOf?: string;
}

/** A competition's forecast in the `torneo simulate --json` contract, with the version it was made from. */
export interface CompetitionForecast {
  readonly runs: number;
  readonly seed: number;
  readonly asOf: string | null;
  readonly competition: string;
  /** The season version (`digest`) the forecast was played from. */
  readonly version: string;
  readonly teams: readonly TeamForecastJson[];
}

/** How a forecast is getting on: `running` with runs done so far, then `done` (or `failed`). */
export interface ForecastProgress {
  readonly season: string;
  readonly competition: string;
  readonly version: string;
  readonly runs: number;
  readonly seed: number;
  readonly asOf: string | null;
  readonly status: 'running' | 'done' | 'failed';
  readonly done: number;
}

interface Entry {
  progress: ForecastProgress;
  result: Promise<CompetitionForecast>;
  forecast?: CompetitionForecast;
}

export type ForecastListener = (progress: ForecastProgress) => void;

/** Forecasts kept (per season version, competition and request): the latest few, not every one ever asked. */
const KEPT = 24;

/**
 * Season simulations for the server, one per season version, competition and request: made
 * once and kept (a page and the API asking the same question share one simulation), played on
 * worker threads while the server goes on answering. Progress goes to the listeners of the
 * season (the SSE stream). After every fact recorded in a season, the forecasts that were asked
 * of its previous version are made again for the new one, so a page that shows one updates
 * without anybody asking.
 */
export class SeasonForecasts {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Map<string, Set<ForecastListener>>();
  /** Per season, the requests made of it (competition and request), to make again after a fact. */
  private readonly watched = new Map<
    string,
    Map<string, { competition: string; request: ForecastRequest }>
  >();
  private readonly unsubscribe = new Map<string, () => void>();

  constructor(
    private readonly catalog: SeasonCatalog,
    private readonly options: { readonly threads?: number } = {},
  ) {}

  /** The forecast if it is made, else how far it has got (and it is started if nobody had). */
  peek(
    s: SeasonSnapshot,
    competition: string,
    request: ForecastRequest,
  ): CompetitionForecast | ForecastProgress {
    const entry = this.entry(s, competition, request);
    return entry.forecast ?? entry.progress;
  }

  /** The forecast, once made. */
  get(s: SeasonSnapshot, competition: string, request: ForecastRequest): Promise<CompetitionForecast> {
    return this.entry(s, competition, request).result;
  }

  /** Hears every progress report of the season's forecasts; returns how to stop. */
  subscribe(season: string, listener: ForecastListener): () => void {
    let set = this.listeners.get(season);
    if (!set) this.listeners.set(season, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(season);
    };
  }

  /** Stops listening to the seasons' facts. */
  close(): void {
    for (const stop of this.unsubscribe.values()) stop();
    this.unsubscribe.clear();
  }

  private entry(s: SeasonSnapshot, competition: string, request: ForecastRequest): Entry {
    const key = `${s.id}|${s.digest}|${competition}|${request.runs}|${request.seed}|${request.asOf ?? ''}`;
    const kept = this.entries.get(key);
    if (kept) return kept;
    this.watch(s.id, competition, request);
    const progress: ForecastProgress = {
      season: s.id,
      competition,
      version: s.digest,
      runs: request.runs,
      seed: request.seed,
      asOf: request.asOf ?? null,
      status: 'running',
      done: 0,
    };
    const made: Entry = { progress, result: Promise.resolve(undefined as never) };
    // Kept before the runs start: a progress report may come before `simulate` returns.
    this.entries.set(key, made);
    while (this.entries.size > KEPT) this.entries.delete(this.entries.keys().next().value!);
    made.result = this.simulate(s, competition, request, (done) => {
      made.progress = { ...made.progress, done };
      this.emit(made.progress);
    }).then(
      (forecast) => {
        made.forecast = forecast;
        made.progress = { ...made.progress, status: 'done', done: request.runs };
        this.emit(made.progress);
        return forecast;
      },
      (error: unknown) => {
        made.progress = { ...made.progress, status: 'failed' };
        this.emit(made.progress);
        this.entries.delete(key);
        throw error;
      },
    );
    // A failure is reported to whoever awaits it; nobody awaiting must not crash the server.
    made.result.catch(() => undefined);
    return made;
  }

  private async simulate(
    s: SeasonSnapshot,
    competition: string,
    request: ForecastRequest,
    onDone: (done: number) => void,
  ): Promise<CompetitionForecast> {
    const asOf: IsoDate | undefined = request.asOf ? isoDate(request.asOf) : undefined;
    const model = fitDixonColes(
      s.matches.filter((m) => playedAsOf(m, asOf)),
      asOf ? { asOf } : {},
    );
    const counts = (await runSimulation(
      { kind: 'season', doc: s.doc, ...(asOf ? { asOf } : {}), model, seed: request.seed },
      {
        runs: request.runs,
        ...(this.options.threads ? { threads: this.options.threads } : {}),
        // Never on the server's own thread: it goes on answering while the runs are played.
        offThread: true,
        onProgress: (done) => onDone(done),
      },
    )) as SeasonCounts;
    const rows = seasonForecast(
      counts,
      s.doc.competitions.map((c) => c.id),
    ).filter((r) => r.competition === competition);
    return {
      runs: counts.runs,
      seed: request.seed,
      asOf: request.asOf ?? null,
      competition,
      version: s.digest,
      teams: rows.map((r) => teamForecastJson(r, r.competition, r.stage, r.links)),
    };
  }

  private emit(progress: ForecastProgress): void {
    for (const listener of [...(this.listeners.get(progress.season) ?? [])]) listener(progress);
  }

  /** Remembers the request, and makes it again for each new version of the season. */
  private watch(season: string, competition: string, request: ForecastRequest): void {
    let requests = this.watched.get(season);
    if (!requests) this.watched.set(season, (requests = new Map()));
    requests.set(`${competition}|${request.runs}|${request.seed}|${request.asOf ?? ''}`, {
      competition,
      request,
    });
    if (this.unsubscribe.has(season)) return;
    this.unsubscribe.set(
      season,
      this.catalog.bus.subscribe(season, () => {
        void this.catalog.snapshot(season).then((s) => {
          if (!s) return;
          for (const w of this.watched.get(season)?.values() ?? []) this.entry(s, w.competition, w.request);
        });
      }),
    );
  }
}
