import { apiRequests, type ImportView, measureImport, runBenchmark, startBench } from './bench-harness';
import { listenToStages, measureFloor, reportAgainstFloor } from './floor';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 10_000);

interface ContactsImport extends ImportView {
  contacts: { total: number; done: number; counts: Record<string, number>; skipped: unknown[] };
}

/** npm run bench:contacts — 10,000 customers (2% sharing a phone or an email) into an empty account. */
async function main(): Promise<void> {
  const bench = await startBench({
    seed: 'bench-contacts',
    customers: CUSTOMERS,
    invoices: 1,
    sharedContactShare: 0.02,
  });
  try {
    const requestsBefore = await apiRequests(bench);
    const stages = listenToStages();
    const { result, seconds, usage } = await measureImport<ContactsImport>(bench, { kind: 'contacts' });
    const breakdown = stages.stop();
    const { total, counts } = result.contacts;
    console.log(`contacts import: ${total} active customers (of ${CUSTOMERS}) in ${seconds.toFixed(2)} s`);
    console.log(`  ${Math.round(total / seconds)} customers/s; outcome ${JSON.stringify(counts)}`);
    console.log(`  QuickBooks requests: ${(await apiRequests(bench)) - requestsBefore}`);
    console.log('  target: under 5 s for 10,000 customers on a 2-core machine, memory flat in the number of customers');
    const floor = await measureFloor(bench, [{ entity: 'Customer', where: [], concurrency: 1 }]);
    reportAgainstFloor(seconds, floor, breakdown, usage);
  } finally {
    await bench.close();
  }
}

runBenchmark(main);
