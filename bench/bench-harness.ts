import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { QuickBooksSandbox } from '../libs/sandbox/quickbooks';
import type { GenerateCompanyOptions } from '../libs/sandbox/quickbooks/generator';
import { deleteRedisKeys, freePort } from '../libs/testing';
import { dropDatabase } from '../src/platform/database/ensure-database';
import { checkpoint } from './checkpoint';
import { startChildProcess, stopChildProcess } from './child-process';
import { watchGcPauses, type GcPauses } from './gc-pauses';
import {
  busyCoreSecondsSince,
  mainThreadShareSince,
  neighbourCpuSecondsSince,
  readMachineCpu,
  readNeighbourCpu,
  readThreadCpu,
} from './machine-cpu';
import { startSettleInProcess } from './settle-in-process';

/** What the sandbox process reports of itself: its URLs and credentials, and the company's realm. */
export type SandboxInfo = Omit<QuickBooksSandbox, 'admin' | 'user' | 'close'> & {
  realmId: string;
  activeCustomers: number;
};

/**
 * What this process used while `measure` ran: its CPU time (every thread: JavaScript, the garbage
 * collector's helpers, I/O), which is steadier than wall time on a busy machine, and its memory.
 */
export interface ProcessUsage {
  cpuSeconds: number;
  /** Of cpuSeconds, what the main thread (where JavaScript runs) took. */
  mainThreadCpuSeconds: number;
  /** The wall time these figures cover: for an import, its own time (see measureImport). */
  wallSeconds: number;
  /** CPU time of every process of the machine, in seconds of one core, of `machineCores`. */
  machineCpuSeconds: number;
  machineCores: number;
  /** Of machineCpuSeconds, what PostgreSQL's processes and the QuickBooks sandbox's took. */
  postgresCpuSeconds: number;
  sandboxCpuSeconds: number;
  gc: GcPauses;
  baselineRssMb: number;
  peakRssMb: number;
  peakHeapMb: number;
}

/**
 * Settle in this process and the QuickBooks sandbox in another, on a throwaway database and Redis
 * prefix, for a benchmark to drive over real HTTP as a user would. Memory is this process's while
 * `measure` runs.
 */
export interface Bench {
  url: string;
  app: INestApplication;
  accountId: string;
  sandbox: SandboxInfo;
  call<T>(method: string, path: string, body?: unknown): Promise<T>;
  admin<T>(method: string, path: string, body?: unknown): Promise<T>;
  /**
   * Disconnects the account from the company and connects a new, empty account to it, as a second
   * business would: the next import starts from nothing, in a process that has already run one.
   */
  startOver(): Promise<void>;
  measure<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; usage: ProcessUsage }>;
  close(): Promise<void>;
}

/** Linux's high-water mark of this process's resident size starts again from its current size. */
function resetPeakRss(): void {
  writeFileSync('/proc/self/clear_refs', '5');
}

/** The most this process has had resident since resetPeakRss, in bytes (VmHWM). */
function peakRss(): number {
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  if (!match) throw new Error('/proc/self/status has no VmHWM line');
  return Number(match[1]) * 1024;
}

async function request<T>(url: string, method: string, headers: Record<string, string>, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

async function startSandboxProcess(
  company: GenerateCompanyOptions,
  webhookUrl: string,
  nice: number,
): Promise<{ child: ChildProcess; info: SandboxInfo }> {
  const { child, line } = await startChildProcess(
    join(__dirname, 'sandbox-process.ts'),
    [JSON.stringify({ company, webhookUrl })],
    process.env,
    () => true,
    { nice },
  );
  return { child, info: JSON.parse(line) as SandboxInfo };
}

export interface BenchOptions {
  /** The QuickBooks sandbox's CPU priority below Settle's (see startChildProcess); 0 by default. */
  sandboxNice?: number;
}

export async function startBench(
  company: GenerateCompanyOptions,
  { sandboxNice = 0 }: BenchOptions = {},
): Promise<Bench> {
  const stamp = `${Date.now()}_${process.pid}`;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { child, info } = await startSandboxProcess(company, `${url}/webhooks/quickbooks`, sandboxNice);
  const sandboxPid = child.pid ?? 0;
  const app = await startSettleInProcess(stamp, port, {
    QBO_CLIENT_ID: info.clientId,
    QBO_CLIENT_SECRET: info.clientSecret,
    QBO_WEBHOOK_VERIFIER_TOKEN: info.verifierToken,
    QBO_ENVIRONMENT: 'sandbox',
    QBO_API_BASE_URL: info.apiBaseUrl,
    QBO_AUTHORIZE_URL: info.authorizeUrl,
    QBO_TOKEN_URL: info.tokenUrl,
    QBO_REVOKE_URL: info.revokeUrl,
    QBO_USERINFO_URL: info.userInfoUrl,
  });

  const auth: Record<string, string> = {};
  const call = <T>(method: string, path: string, body?: unknown) => request<T>(`${url}${path}`, method, auth, body);
  let accounts = 0;
  /** Signs up an account and connects it to the sandbox company; answers the account's id. */
  const connectNewAccount = async (): Promise<string> => {
    accounts += 1;
    delete auth.Authorization;
    const signup = await call<{ accessToken: string; accountId: string }>('POST', '/api/v1/auth/signup', {
      accountName: `Bench ${accounts} Ltd`,
      email: `bench-${stamp}-${accounts}@example.com`,
      password: 'a benchmark password',
    });
    auth.Authorization = `Bearer ${signup.accessToken}`;
    const { authorizeUrl } = await call<{ authorizeUrl: string }>(
      'POST',
      '/api/v1/integrations/quickbooks/connect',
      {},
    );
    const consent = await fetch(`${authorizeUrl}&approve=1&realmId=${info.realmId}`, { redirect: 'manual' });
    const landing = await fetch(consent.headers.get('location') as string);
    if (landing.status !== 200) throw new Error(`Connecting failed: ${landing.status} ${await landing.text()}`);
    return signup.accountId;
  };

  const bench: Bench = {
    url,
    app,
    accountId: await connectNewAccount(),
    sandbox: info,
    call,
    admin: (method, path, body) => request(`${info.adminUrl}${path}`, method, {}, body),
    async startOver() {
      await call('DELETE', '/api/v1/integrations/quickbooks');
      bench.accountId = await connectNewAccount();
    },
    async measure(work) {
      const baseline = process.memoryUsage.rss();
      resetPeakRss();
      // The peak resident size is the kernel's (no sampling to miss it or to cost the import CPU);
      // the heap's figures walk V8's spaces, so they are sampled, five times a second.
      let peakHeap = 0;
      const sampler = setInterval(() => {
        const usage = process.memoryUsage();
        peakHeap = Math.max(peakHeap, usage.heapUsed + usage.external);
      }, 200);
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const machineBefore = readMachineCpu();
      const threadsBefore = readThreadCpu();
      const neighboursBefore = readNeighbourCpu(sandboxPid);
      const gc = watchGcPauses();
      try {
        const result = await work();
        const cpu = process.cpuUsage(cpuBefore);
        const neighbours = neighbourCpuSecondsSince(neighboursBefore, sandboxPid);
        const gcPauses = gc.stop();
        const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
        const seconds = (performance.now() - started) / 1000;
        return {
          result,
          seconds,
          usage: {
            cpuSeconds: (cpu.user + cpu.system) / 1e6,
            mainThreadCpuSeconds: ((cpu.user + cpu.system) / 1e6) * mainThreadShareSince(threadsBefore),
            wallSeconds: seconds,
            machineCpuSeconds: busyCoreSecondsSince(machineBefore),
            machineCores: availableParallelism(),
            postgresCpuSeconds: neighbours.postgres,
            sandboxCpuSeconds: neighbours.sandbox,
            gc: gcPauses,
            baselineRssMb: mb(baseline),
            peakRssMb: mb(peakRss()),
            peakHeapMb: mb(peakHeap),
          },
        };
      } finally {
        clearInterval(sampler);
      }
    },
    async close() {
      await app.close();
      await stopChildProcess(child);
      await dropDatabase(process.env.DATABASE_URL as string);
      await deleteRedisKeys(process.env.QUEUE_PREFIX as string);
    },
  };
  return bench;
}

/** How many Accounting API requests the sandbox has received for the company. */
export async function apiRequests(bench: Bench): Promise<number> {
  const { count } = await bench.admin<{ count: number }>('GET', `/companies/${bench.sandbox.realmId}/api-requests`);
  return count;
}

/**
 * How often the benchmarks ask how an import stands, as a page showing its progress would. Each
 * answer reads and sends every page's result so far (a 100,000-invoice import answered about 200
 * polls with 11,000 page rows when it asked every 20 ms), and that work was timed as the import's.
 * The import's time does not wait for the poll that sees it finished (see `measureImport`), so
 * polling is rare.
 */
const IMPORT_POLL_MS = 500;

/** What the benchmarks read of an import's view. */
export interface ImportView {
  status: string;
  error: string | null;
  finishedAt: string | null;
}

/** Starts an import and polls it until it ends; answers its final view. */
export async function runImport<T extends ImportView>(bench: Bench, body: Record<string, unknown>): Promise<T> {
  const { importId } = await bench.call<{ importId: string }>('POST', '/api/v1/integrations/quickbooks/imports', body);
  for (;;) {
    const view = await bench.call<T>('GET', `/api/v1/integrations/quickbooks/imports/${importId}`);
    if (view.status === 'completed' || view.status === 'failed') return view;
    await new Promise((resolve) => setTimeout(resolve, IMPORT_POLL_MS));
  }
}

/**
 * Runs an import under `measure`, after a checkpoint. Its time runs from the request that starts it to the moment it
 * recorded itself finished (`finishedAt`, stamped by this process's clock), not to the poll that
 * saw it: polling would add up to `IMPORT_POLL_MS`, an eighth of a contacts import.
 */
export async function measureImport<T extends ImportView>(
  bench: Bench,
  body: Record<string, unknown>,
): Promise<{ result: T; seconds: number; usage: ProcessUsage }> {
  await checkpoint();
  let requestedAt = 0;
  const measured = await bench.measure(() => {
    requestedAt = Date.now();
    return runImport<T>(bench, body);
  });
  const { status, error, finishedAt } = measured.result;
  if (status !== 'completed' || finishedAt === null) throw new Error(`Import ${status}: ${error}`);
  const seconds = (Date.parse(finishedAt) - requestedAt) / 1000;
  // The CPU figures run on to the poll that saw the import finished, which idles meanwhile: they
  // are set against the import's own time.
  return { ...measured, seconds, usage: { ...measured.usage, wallSeconds: seconds } };
}

/** Runs a benchmark's main and exits: 0 when it finished, 1 with the error otherwise. */
export function runBenchmark(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
