import { CommandBus } from '@nestjs/cqrs';
import { UpsertContactsFromQuickBooksCommand, type QuickBooksCustomerRecord } from '../src/modules/contacts/contracts';
import { SendTextCommand } from '../src/modules/messaging/contracts';
import { AccountScope } from '../src/platform/database/account-scope';
import { runBenchmark } from './bench-harness';
import { percentile } from './percentile';
import { startVonageBenchApp } from './vonage-bench-app';

const TEXTS = Number(process.env.BENCH_TEXTS ?? 5_000);
const THROUGHPUT = Number(process.env.BENCH_THROUGHPUT ?? 30);

function customer(index: number): QuickBooksCustomerRecord {
  return {
    quickBooksId: String(index + 1),
    syncToken: '0',
    lastUpdatedAt: '2026-12-01T10:00:00Z',
    displayName: `Customer ${index}`,
    title: null,
    givenName: 'Customer',
    middleName: null,
    familyName: String(index),
    suffix: null,
    companyName: null,
    email: null,
    mobile: `+447400${String(index).padStart(6, '0')}`,
    primaryPhone: null,
    alternatePhone: null,
    billingAddress: null,
    active: true,
  };
}

/**
 * npm run bench:messaging — TEXTS texts queued for as many contacts, all sent through the Vonage
 * sandbox at its throughput: zero duplicates, zero throttled answers; texts a second against the
 * limit, and how long a delivery receipt takes from the inbox to the message's state (p95).
 */
async function main(): Promise<void> {
  const bench = await startVonageBenchApp('messaging', THROUGHPUT);
  const { app, sandbox } = bench;
  try {
    const { accountId } = await bench.signUp();
    const commands = app.get(CommandBus);
    const outcomes = await commands.execute(
      new UpsertContactsFromQuickBooksCommand(
        accountId,
        Array.from({ length: TEXTS }, (_, index) => customer(index)),
      ),
    );
    const contactIds = outcomes.flatMap((outcome) => (outcome.contactId ? [outcome.contactId] : []));

    const started = performance.now();
    for (let from = 0; from < contactIds.length; from += 100) {
      await Promise.all(
        contactIds
          .slice(from, from + 100)
          .map((contactId) =>
            commands.execute(new SendTextCommand(accountId, contactId, 'Your invoice is ready.', 'invoice')),
          ),
      );
    }
    const queuedSeconds = (performance.now() - started) / 1000;
    const scope = app.get(AccountScope);
    const counts = async () =>
      scope.acrossAccounts(async (em) => {
        const rows = await em
          .getConnection()
          .execute<{ state: string; count: string }[]>(
            `select state, count(*) from messaging_messages where direction = 'out' group by state`,
          );
        return Object.fromEntries(rows.map((row) => [row.state, Number(row.count)]));
      });
    for (;;) {
      const byState = await counts();
      if ((byState.delivered ?? 0) + (byState.failed ?? 0) + (byState.unknown ?? 0) >= contactIds.length) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const sent = sandbox.admin.sent();
    const accepted = sent.filter((sms) => sms.status === 0);
    const times = accepted.map((sms) => Date.parse(sms.at)).sort((a, b) => a - b);
    const sendSeconds = (times[times.length - 1] - times[0]) / 1000;
    const perRef = new Map<string, number>();
    for (const sms of accepted) perRef.set(sms.clientRef ?? '', (perRef.get(sms.clientRef ?? '') ?? 0) + 1);
    const duplicates = [...perRef.values()].filter((count) => count > 1).length;
    const throttled = sent.filter((sms) => sms.status === 1).length;
    const latencies = await scope.acrossAccounts(async (em) => {
      const rows = await em.getConnection().execute<{ ms: string }[]>(
        `select extract(epoch from (m.delivered_at - i.received_at)) * 1000 as ms
           from messaging_messages m
           join messaging_delivery_receipts r on r.message_id = m.id and r.status = 'delivered'
           join platform_inbox i on i.provider = 'vonage-delivery-receipt' and i.dedupe_key = r.provider_message_id || ':delivered'
          where m.state = 'delivered'`,
      );
      return rows.map((row) => Number(row.ms)).sort((a, b) => a - b);
    });
    console.log(
      `messaging: ${contactIds.length} texts queued in ${queuedSeconds.toFixed(1)} s; final states ${JSON.stringify(await counts())}`,
    );
    console.log(
      `  sent ${accepted.length} in ${sendSeconds.toFixed(1)} s: ${(accepted.length / sendSeconds).toFixed(1)} texts/s (limit ${THROUGHPUT}/s)`,
    );
    console.log(`  duplicates: ${duplicates}; throttled answers (status 1): ${throttled}`);
    console.log(
      `  delivery receipt processing (inbox to delivered): p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms`,
    );
    if (duplicates > 0 || throttled > 0 || accepted.length !== contactIds.length)
      throw new Error('Texts were duplicated, throttled or lost');
  } finally {
    await bench.close();
  }
}

runBenchmark(main);
