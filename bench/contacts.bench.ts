import { apiRequests, type Bench, type ImportView, measureImport, runBenchmark, startBench } from './bench-harness';
import { IMPORT_PIPELINE } from '../src/modules/integration/use-cases/run-quickbooks-import/quickbooks-import.runner';
import { importInRounds, listenToStages, type MeasureFloor, reportAgainstFloor, type RoundRatio } from './floor';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 10_000);

interface ContactsImport extends ImportView {
  contacts: { total: number; done: number; counts: Record<string, number>; skipped: unknown[] };
}

/** Imports the company's customers into the bench's account and reports it against its floor. */
async function importOnce(bench: Bench, measureFloor: MeasureFloor): Promise<RoundRatio> {
  const requestsBefore = await apiRequests(bench);
  const stages = listenToStages();
  const { result, seconds, usage } = await measureImport<ContactsImport>(bench, { kind: 'contacts' });
  const breakdown = stages.stop();
  const { total, counts } = result.contacts;
  console.log(`contacts import: ${total} active customers (of ${CUSTOMERS}) in ${seconds.toFixed(2)} s`);
  console.log(`  ${Math.round(total / seconds)} customers/s; outcome ${JSON.stringify(counts)}`);
  console.log(`  QuickBooks requests: ${(await apiRequests(bench)) - requestsBefore}`);
  console.log('  target: under 5 s for 10,000 customers on a 2-core machine, memory flat in the number of customers');
  const concurrency = IMPORT_PIPELINE.contacts.ahead;
  const floor = await measureFloor([{ entity: 'Customer', where: [], concurrency }]);
  reportAgainstFloor(seconds, floor, breakdown, usage);
  return { importSeconds: seconds, floorSeconds: floor.seconds };
}

/**
 * npm run bench:contacts — 10,000 customers (2% sharing a phone or an email) into an empty account,
 * five times, each into a new account (BENCH_ROUNDS=n for another number).
 */
async function main(): Promise<void> {
  const bench = await startBench({
    seed: 'bench-contacts',
    customers: CUSTOMERS,
    invoices: 1,
    sharedContactShare: 0.02,
  });
  try {
    await importInRounds(bench, { fallbackRounds: 5 }, (measureFloor) => importOnce(bench, measureFloor));
  } finally {
    await bench.close();
  }
}

runBenchmark(main);
