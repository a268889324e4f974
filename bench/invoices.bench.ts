import { apiRequests, type Bench, type ImportView, measureImport, runBenchmark, startBench } from './bench-harness';
import { importInRounds, listenToStages, type MeasureFloor, reportAgainstFloor, type RoundRatio } from './floor';
import { median, percentile } from './percentile';
import { IMPORT_PIPELINE } from '../src/modules/integration/use-cases/run-quickbooks-import/quickbooks-import.runner';

const INVOICES = Number(process.env.BENCH_INVOICES ?? 100_000);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 10_000);
const YEAR = 2025;
const LIVE_CHANGES = 20;
const QUICKBOOKS_RATE_WINDOW_MS = 60_000;

interface Phase {
  total: number;
  done: number;
  counts: Record<string, number>;
}

interface InvoicesImport extends ImportView {
  contacts: Phase;
  invoices: Phase;
}

interface InvoiceView {
  id: string;
  dueDate: string | null;
  quickBooks: { id: string | null };
}

/** Edits invoices in QuickBooks one at a time and times each until Settle's API shows the change. */
async function liveChangeLatencies(bench: Bench): Promise<number[]> {
  const page = await bench.call<{ data: { id: string }[] }>('GET', `/api/v1/invoices?limit=${LIVE_CHANGES}`);
  const latencies: number[] = [];
  for (const [n, row] of page.data.entries()) {
    const invoice = await bench.call<InvoiceView>('GET', `/api/v1/invoices/${row.id}`);
    const dueDate = `2027-01-${String(n + 1).padStart(2, '0')}`;
    const started = performance.now();
    await bench.admin('POST', `/companies/${bench.sandbox.realmId}/invoices/${invoice.quickBooks.id}`, {
      DueDate: dueDate,
    });
    for (;;) {
      const seen = await bench.call<InvoiceView>('GET', `/api/v1/invoices/${row.id}`);
      if (seen.dueDate === dueDate) break;
      if (performance.now() - started > 30_000) throw new Error(`Invoice ${row.id} did not change within 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    latencies.push(performance.now() - started);
  }
  return latencies.sort((a, b) => a - b);
}

/** Imports the company's year into the bench's account and reports it against its floor. */
async function importOnce(bench: Bench, measureFloor: MeasureFloor): Promise<RoundRatio> {
  const requestsBefore = await apiRequests(bench);
  const stages = listenToStages();
  const { result, seconds, usage } = await measureImport<InvoicesImport>(bench, { kind: 'invoices', year: YEAR });
  const breakdown = stages.stop();
  const requests = (await apiRequests(bench)) - requestsBefore;
  console.log(
    `invoices import of ${YEAR}: ${result.invoices.total} invoices, after ${result.contacts.total} customers, in ${seconds.toFixed(2)} s`,
  );
  console.log(`  ${Math.round(result.invoices.total / seconds)} invoices/s overall; QuickBooks requests: ${requests}`);
  console.log(
    `  contacts ${JSON.stringify(result.contacts.counts)}; invoices ${JSON.stringify(result.invoices.counts)}`,
  );
  console.log('  target: under 30 s on a 2-core machine, memory bounded by a page (peak RSS under 400 MB)');
  const floor = await measureFloor([
    { entity: 'Customer', where: [], concurrency: IMPORT_PIPELINE.contacts.ahead },
    {
      entity: 'Invoice',
      where: [
        { field: 'TxnDate', op: '>=', value: `${YEAR}-01-01` },
        { field: 'TxnDate', op: '<=', value: `${YEAR}-12-31` },
      ],
      concurrency: IMPORT_PIPELINE.invoices.ahead,
    },
  ]);
  reportAgainstFloor(seconds, floor, breakdown, usage);
  return { importSeconds: seconds, floorSeconds: floor.seconds };
}

/**
 * npm run bench:invoices — one year of 100,000 invoices for 10,000 customers into an empty account
 * (BENCH_ROUNDS=n imports it n times, each into a new account), then live changes to the last.
 */
async function main(): Promise<void> {
  const bench = await startBench({ seed: 'bench-invoices', customers: CUSTOMERS, invoices: INVOICES, years: YEAR });
  try {
    // A round reads the year twice (the import, then its floor), half of the 500 requests a minute
    // QuickBooks allows a company: the next one starts once those have left the window.
    await importInRounds(bench, { fallbackRounds: 1, pauseMs: QUICKBOOKS_RATE_WINDOW_MS }, (measureFloor) =>
      importOnce(bench, measureFloor),
    );

    const latencies = await liveChangeLatencies(bench);
    console.log(
      `live change (QuickBooks edit → webhook → visible in the API), ${latencies.length} changes: ` +
        `median ${Math.round(median(latencies))} ms, p95 ${Math.round(percentile(latencies, 95))} ms (target p95 under 2000 ms)`,
    );
  } finally {
    await bench.close();
  }
}

runBenchmark(main);
