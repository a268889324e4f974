import { Client } from 'pg';
import {
  buildCountQuery,
  buildSelectQuery,
} from '../src/modules/integration/infrastructure/quickbooks-api/quickbooks-query.builder';
import { copyFromRows, type CopyRow } from '../src/platform/database/pg-copy';
import { checkpoint } from './checkpoint';
import type { Floor, FloorAnswer, FloorRead, FloorRequest } from './floor';
import { busyCoreSecondsSince, readMachineCpu } from './machine-cpu';

const PAGE_SIZE = 1000;

/**
 * The machine's floor for an import, measured against the same sandbox company: (a) every page
 * the import reads (its count, then its pages by Id), fetched raw over HTTP with the import's
 * concurrency and parsed; (b) the same rows COPYed into a scratch table as one jsonb document each.
 *
 * (a) lets each page go once parsed, as an import does once it has written it: holding a year of
 * parsed rows would cost the collector a second or more moving them to the old generation, which
 * no import pays. So (b) reads the pages a second time, untimed, and starts, like the import, from
 * a checkpointed database (a year's import leaves a gigabyte of WAL behind, and the checkpoint it
 * brings on would otherwise slow the COPY), and after a collection.
 *
 * The collection is not `gc()`'s default, V8's memory-reducing collection, which lets die the
 * hidden classes and objects that optimised code depends on, so that V8 discards the code of the
 * next round's reads (fetched and parsed in 0.16–0.22 s against 0.12–0.16 s). `gc({ type: 'major' })`
 * is a full collection on Node.js 22 and 24; Node.js 20's V8 reads no options and takes any argument
 * for a young-generation collection.
 */
async function measureFloor({ queryUrl, token, minorVersion, reads }: FloorRequest): Promise<Floor> {
  const get = rawQuickBooks(queryUrl, token, minorVersion);
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
    return {
      fetchSeconds: fetched.seconds,
      copySeconds: copied.seconds,
      rows,
      seconds: fetched.seconds + copied.seconds,
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
function rawQuickBooks(queryUrl: string, token: string, minorVersion: number): (query: string) => Promise<unknown> {
  return async (query) => {
    const response = await fetch(`${queryUrl}?${new URLSearchParams({ query, minorversion: String(minorVersion) })}`, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`QuickBooks answered ${response.status}: ${await response.text()}`);
    return JSON.parse(await response.text()) as unknown;
  };
}

/**
 * Measures floors in a process of its own, one for each request the parent sends over IPC, and
 * sends each back: see startFloorProcess for why not in the parent.
 */
process.on('message', (request: FloorRequest) => {
  const answer = (message: FloorAnswer) => process.send?.(message);
  measureFloor(request).then(
    (floor) => answer({ floor }),
    (error: unknown) => answer({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
process.stdout.write('ready\n');
