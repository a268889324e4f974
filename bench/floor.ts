import { join } from 'node:path';
import type { ConfigType } from '@nestjs/config';
import {
  ACCESS_TOKEN_SOURCE,
  type AccessTokenSource,
} from '../src/modules/integration/domain/access-token-source.port';
import { QuickBooksCompanies } from '../src/modules/integration/infrastructure/quickbooks-companies';
import { quickbooksConfig } from '../src/modules/integration/infrastructure/quickbooks.config';
import type { QuickBooksWhere } from '../src/modules/integration/infrastructure/quickbooks-api/quickbooks-query.builder';
import { listenToStageTimings } from '../src/platform/metrics/stage-timing';
import type { Bench, ProcessUsage } from './bench-harness';
import { heapFlags, startChildProcess, stopChildProcess } from './child-process';
import { median } from './percentile';

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

/** What the floor process is asked to measure: every page of `reads`, by a query URL and token. */
export interface FloorRequest {
  queryUrl: string;
  token: string;
  /** The Accounting API's minor version Settle asks for. */
  minorVersion: number;
  reads: FloorRead[];
}

/** What the floor process answers a request with. */
export type FloorAnswer = { floor: Floor; error?: undefined } | { floor?: undefined; error: string };

/** Measures an import's floor (see floor-process.ts) against the bench's company. */
export type MeasureFloor = (reads: FloorRead[]) => Promise<Floor>;

/**
 * The floor is measured in a process of its own, with Settle's memory flags, so that each pays for
 * its own garbage and no other. Measured in Settle's process, each moved the other's collections:
 * on Node.js 20 the full collection that (b)'s held pages (about 11 MB for 10,000 customers) helped
 * bring on landed in the next import in 17 of 18 rounds; on Node.js 22 and 24 the floor's
 * `gc({ type: 'major' })` collected the import's garbage, so that the next import started from an
 * emptied old generation while the floor's reads paid for it (0.18–0.30 s against 0.14 s in a
 * process of their own). Settle, importing one company after another, collects its own.
 */
export async function startFloorProcess(bench: Bench): Promise<{ measure: MeasureFloor; close(): Promise<void> }> {
  const { child } = await startChildProcess(
    join(__dirname, 'floor-process.ts'),
    [],
    process.env,
    (line) => line === 'ready',
    { nodeFlags: [...heapFlags(), ...process.execArgv.filter((flag) => flag === '--expose-gc')], ipc: true },
  );
  const measure: MeasureFloor = async (reads) => {
    const request: FloorRequest = {
      queryUrl: `${bench.sandbox.apiBaseUrl}/v3/company/${bench.sandbox.realmId}/query`,
      token: await accessToken(bench),
      minorVersion: bench.app.get<ConfigType<typeof quickbooksConfig>>(quickbooksConfig.KEY).minorVersion,
      reads,
    };
    const { floor, error } = await new Promise<FloorAnswer>((resolve) => {
      const exited = (code: number | null) => resolve({ error: `it exited with ${code}` });
      child.once('exit', exited);
      child.once('message', (answer: FloorAnswer) => {
        child.off('exit', exited);
        resolve(answer);
      });
      child.send(request);
    });
    if (!floor) throw new Error(`The floor process failed: ${error}`);
    return floor;
  };
  return { measure, close: () => stopChildProcess(child) };
}

/** The bearer token of the bench account's QuickBooks connection, as the import uses it. */
async function accessToken(bench: Bench): Promise<string> {
  const found = await bench.app.get(QuickBooksCompanies).connected(bench.accountId, {});
  if (!found) throw new Error('QuickBooks is not connected');
  const tokens = bench.app.get<AccessTokenSource>(ACCESS_TOKEN_SOURCE, { strict: false });
  return tokens.current(found.company);
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
 * sets the rounds' ratios side by side. Each round measures its floor with `measureFloor`.
 */
export async function importInRounds(
  bench: Bench,
  { fallbackRounds, pauseMs = 0 }: { fallbackRounds: number; pauseMs?: number },
  importOnce: (measureFloor: MeasureFloor) => Promise<RoundRatio>,
): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? fallbackRounds);
  if (!Number.isInteger(rounds) || rounds < 1) {
    throw new Error(`BENCH_ROUNDS must be a whole number of at least 1, not "${process.env.BENCH_ROUNDS}"`);
  }
  const reimport = process.env.BENCH_REIMPORT === '1';
  const ratios: RoundRatio[] = [];
  const floorProcess = await startFloorProcess(bench);
  try {
    for (let round = 1; round <= rounds; round += 1) {
      if (round > 1) {
        await new Promise((resolve) => setTimeout(resolve, pauseMs));
        if (!reimport) await bench.startOver();
      }
      if (rounds > 1) {
        const into = reimport ? 'the same account again' : 'a new account';
        console.log(`round ${round} of ${rounds}: ${round === 1 ? "the process's first import" : into}`);
      }
      ratios.push(await importOnce(floorProcess.measure));
    }
  } finally {
    await floorProcess.close();
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
        `(median ${median(sorted).toFixed(2)}×, ${within} of ${later.length} within 1.5×)`;
  console.log(
    `ROUNDS first import ${first.toFixed(2)}×; ${afterwards}: ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')}`,
  );
}
