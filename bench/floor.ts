import { Client } from 'pg';
import {
  ACCESS_TOKEN_SOURCE,
  type AccessTokenSource,
} from '../src/modules/integration/domain/access-token-source.port';
import { QuickBooksCompanies } from '../src/modules/integration/infrastructure/quickbooks-companies';
import {
  buildCountQuery,
  buildSelectQuery,
  type QuickBooksWhere,
} from '../src/modules/integration/infrastructure/quickbooks-api/quickbooks-query.builder';
import { copyFromRows, type CopyRow } from '../src/platform/database/pg-copy';
import { listenToStageTimings } from '../src/platform/metrics/stage-timing';
import { type Bench, checkpoint, type ProcessUsage } from './bench-harness';
import { busyCoreSecondsSince, readMachineCpu } from './machine-cpu';
import { percentile } from './percentile';

const PAGE_SIZE = 1000;

/** One entity the import reads page by page, and how many pages it reads at once. */
export interface FloorRead {
  entity: 'Customer' | 'Invoice';
  where: QuickBooksWhere;
  concurrency: number;
}

export interface Floor {
  fetchSeconds: number;
  copySeconds: number;
  rows: number;
  seconds: number;
  /** CPU time of every process of the machine while the floor was measured, in seconds of one core. */
  machineCpuSeconds: number;
}

/**
 * The machine's floor for an import, measured against the same sandbox company: (a) every page
 * the import reads (its count, then its pages by Id), fetched raw over HTTP with the import's
 * concurrency and parsed; (b) the same rows COPYed into a scratch table as one jsonb document each.
 *
 * (a) lets each page go once parsed, as an import does once it has written it: holding a year of
 * parsed rows would cost the collector a second or more moving them to the old generation, which
 * no import pays. So (b) reads the pages a second time, untimed, and starts, like the import, from
 * a checkpointed database (a year's import leaves a gigabyte of WAL behind, and the checkpoint it
 * brings on would otherwise slow the COPY), and after a collection. (b) holds every page until its
 * one COPY: for 10,000 customers about 11 MB that dies in the old generation, and on Node.js 20 the
 * full collection it helps bring on mostly lands in the next round's import.
 *
 * The collection is not `gc()`'s default, V8's memory-reducing collection, which lets die the
 * hidden classes and objects that optimised code depends on, so that V8 discards the code of the
 * next round's import and of these reads (the reads suffered more: fetched and parsed in 0.16–0.22 s
 * against 0.12–0.16 s, and the ratio came out about a quarter too low). `gc({ type: 'major' })` is
 * a full collection on Node.js 22 and 24; Node.js 20's V8 reads no options and takes any argument
 * for a young-generation collection, so there the COPY starts from an old generation as the reads
 * left it.
 */
export async function measureFloor(bench: Bench, reads: FloorRead[]): Promise<Floor> {
  const get = await rawQuickBooks(bench);
  const fetching = timeOnMachine();
  await readPages(get, reads, () => undefined);
  const fetched = fetching.stop();

  const pages: unknown[][] = [];
  await readPages(get, reads, (rows) => pages.push(rows));
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query('create table bench_floor_rows (doc jsonb not null)');
    await checkpoint();
    global.gc?.({ type: 'major' });
    const copying = timeOnMachine();
    const rows = await copyFromRows(client, 'copy bench_floor_rows (doc) from stdin', rowsOf(pages));
    const copied = copying.stop();
    await client.query('drop table bench_floor_rows');
    const seconds = fetched.seconds + copied.seconds;
    return {
      fetchSeconds: fetched.seconds,
      copySeconds: copied.seconds,
      rows,
      seconds,
      machineCpuSeconds: fetched.cpuSeconds + copied.cpuSeconds,
    };
  } finally {
    await client.end();
  }
}

/** Every page of each read, `concurrency` at a time, handed parsed to `take`. */
async function readPages(
  get: (query: string) => Promise<unknown>,
  reads: FloorRead[],
  take: (rows: unknown[]) => void,
): Promise<void> {
  for (const { entity, where, concurrency } of reads) {
    await get(buildCountQuery(entity, where));
    let position = 1;
    let exhausted = false;
    const worker = async () => {
      while (!exhausted) {
        const start = position;
        position += PAGE_SIZE;
        const body = (await get(
          buildSelectQuery(entity, where, { orderBy: 'Id', startPosition: start, maxResults: PAGE_SIZE }),
        )) as {
          QueryResponse: Record<string, unknown[] | undefined>;
        };
        const rows = body.QueryResponse[entity] ?? [];
        if (rows.length < PAGE_SIZE) exhausted = true;
        if (rows.length > 0) take(rows);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }
}

/** Wall time from now until `stop`, and the CPU time the machine's processes took meanwhile. */
function timeOnMachine(): { stop(): { seconds: number; cpuSeconds: number } } {
  const machineBefore = readMachineCpu();
  const started = performance.now();
  return {
    stop: () => ({ seconds: (performance.now() - started) / 1000, cpuSeconds: busyCoreSecondsSince(machineBefore) }),
  };
}

function* rowsOf(pages: unknown[][]): Generator<CopyRow> {
  for (const page of pages) for (const row of page) yield [JSON.stringify(row)];
}

/** A GET of the Accounting API's /query with the connection's bearer token, parsed. */
async function rawQuickBooks(bench: Bench): Promise<(query: string) => Promise<unknown>> {
  const found = await bench.app.get(QuickBooksCompanies).connected(bench.accountId, {});
  if (!found) throw new Error('QuickBooks is not connected');
  const tokens = bench.app.get<AccessTokenSource>(ACCESS_TOKEN_SOURCE, { strict: false });
  const token = await tokens.current(found.company);
  const base = `${bench.sandbox.apiBaseUrl}/v3/company/${bench.sandbox.realmId}/query`;
  return async (query) => {
    const response = await fetch(`${base}?${new URLSearchParams({ query, minorversion: '75' })}`, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`QuickBooks answered ${response.status}: ${await response.text()}`);
    return JSON.parse(await response.text()) as unknown;
  };
}

/** Sums the import's timed stages (see timeStage) while it runs; `stop` answers ms per stage. */
export function listenToStages(): { stop(): Record<string, number> } {
  const totals: Record<string, number> = {};
  const stopListening = listenToStageTimings(({ stage, ms }) => {
    totals[stage] = (totals[stage] ?? 0) + ms;
  });
  return {
    stop() {
      stopListening();
      return totals;
    },
  };
}

/** The figures every import benchmark prints after its own: floor, ratio, breakdown, CPU and memory. */
export function reportAgainstFloor(
  importSeconds: number,
  floor: Floor,
  stages: Record<string, number>,
  usage: ProcessUsage,
): void {
  const ratio = importSeconds / floor.seconds;
  console.log(
    `  floor: ${floor.seconds.toFixed(2)} s = fetch and parse ${floor.fetchSeconds.toFixed(2)} s + COPY of ${floor.rows} rows as jsonb ${floor.copySeconds.toFixed(2)} s`,
  );
  console.log(`  import / floor: ${ratio.toFixed(2)}× (target ≤ 1.5×)`);
  const described = Object.entries(stages)
    .sort(([, a], [, b]) => b - a)
    .map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)} s`)
    .join(', ');
  console.log(`  where the import's time goes (summed per stage; concurrent pages overlap): ${described}`);
  console.log(
    `  Settle's process: ${usage.cpuSeconds.toFixed(2)} s of CPU (${Math.round((100 * usage.cpuSeconds) / usage.wallSeconds)} % of one core), of which its main thread ${usage.mainThreadCpuSeconds.toFixed(2)} s (busy ${Math.round((100 * usage.mainThreadCpuSeconds) / usage.wallSeconds)} % of the time) and its other threads (V8's collector and compilers, Contacts' phone-reading thread) the rest; memory (RSS) ${usage.baselineRssMb} MB before, ${usage.peakRssMb} MB at peak (JS heap and external buffers at most ${usage.peakHeapMb} MB)`,
  );
  const { young, full } = usage.gc;
  console.log(
    `  garbage collection paused it for ${(young.seconds + full.seconds).toFixed(2)} s: ${young.count} young collections ${young.seconds.toFixed(2)} s, ${full.count} full (or their steps) ${full.seconds.toFixed(2)} s`,
  );
  // Each reading counts in ticks of 10 ms, so what is left may come out a tick or two below zero.
  const others = Math.max(
    0,
    usage.machineCpuSeconds - usage.cpuSeconds - usage.postgresCpuSeconds - usage.sandboxCpuSeconds,
  );
  console.log(
    `  the machine (every process): ${(usage.machineCpuSeconds / importSeconds).toFixed(2)} of ${usage.machineCores} cores busy during the import, ${(floor.machineCpuSeconds / floor.seconds).toFixed(2)} during the floor; ` +
      `its CPU ${usage.machineCpuSeconds.toFixed(2)} s for the import (Settle ${usage.cpuSeconds.toFixed(2)}, PostgreSQL ${usage.postgresCpuSeconds.toFixed(2)}, the QuickBooks sandbox ${usage.sandboxCpuSeconds.toFixed(2)}, the rest ${others.toFixed(2)}), ` +
      `${floor.machineCpuSeconds.toFixed(2)} s for the floor: ${(usage.machineCpuSeconds / floor.machineCpuSeconds).toFixed(2)}× the floor's CPU`,
  );
  console.log(
    `  RESULT import ${importSeconds.toFixed(2)} s; floor ${floor.seconds.toFixed(2)} s; ratio ${ratio.toFixed(2)}; CPU ${usage.cpuSeconds.toFixed(2)} s (main thread ${usage.mainThreadCpuSeconds.toFixed(2)} s); peak RSS ${usage.peakRssMb} MB`,
  );
}

/** One round's import and the floor measured just after it. */
export interface RoundRatio {
  importSeconds: number;
  floorSeconds: number;
}

/**
 * Imports the company `BENCH_ROUNDS` times (else `fallbackRounds`), each round after the first
 * into a new account connected to it (with `BENCH_REIMPORT=1`, into the same account again: an
 * import run again, which finds every row already there), `pauseMs` after the round before, then
 * sets the rounds' ratios side by side.
 */
export async function importInRounds(
  bench: Bench,
  { fallbackRounds, pauseMs = 0 }: { fallbackRounds: number; pauseMs?: number },
  importOnce: () => Promise<RoundRatio>,
): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? fallbackRounds);
  if (!Number.isInteger(rounds) || rounds < 1) {
    throw new Error(`BENCH_ROUNDS must be a whole number of at least 1, not "${process.env.BENCH_ROUNDS}"`);
  }
  const reimport = process.env.BENCH_REIMPORT === '1';
  const ratios: RoundRatio[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    if (round > 1) {
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      if (!reimport) await bench.startOver();
    }
    if (rounds > 1) {
      const into = reimport ? 'the same account again' : 'a new account';
      console.log(`round ${round} of ${rounds}: ${round === 1 ? "the process's first import" : into}`);
    }
    ratios.push(await importOnce());
  }
  reportRounds(ratios);
}

/**
 * The rounds' ratios side by side. The first import of a process runs much of its code before V8
 * has compiled it (an import is the first run of most of it), which costs a 10,000-customer import
 * a quarter of its time; a server imports many companies, so the later rounds are its usual case.
 * A machine whose neighbours slow it from one minute to the next is judged by their median.
 */
function reportRounds(rounds: RoundRatio[]): void {
  if (rounds.length < 2) return;
  const ratios = rounds.map(({ importSeconds, floorSeconds }) => importSeconds / floorSeconds);
  const [first, ...later] = ratios;
  const sorted = [...later].sort((a, b) => a - b);
  const within = later.filter((ratio) => ratio <= 1.5).length;
  const afterwards =
    later.length === 1
      ? `the one after it ${later[0].toFixed(2)}×`
      : `the ${later.length} after it ${sorted[0].toFixed(2)}–${sorted[sorted.length - 1].toFixed(2)}× ` +
        `(median ${percentile(sorted, 50).toFixed(2)}×, ${within} of ${later.length} within 1.5×)`;
  console.log(
    `ROUNDS first import ${first.toFixed(2)}×; ${afterwards}: ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')}`,
  );
}
