import { EntityManager } from '@mikro-orm/postgresql';
import type { INestApplication } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { UpsertContactsFromQuickBooksCommand, type QuickBooksCustomerRecord } from '../src/modules/contacts/contracts';
import { UpsertInvoicesFromQuickBooksCommand } from '../src/modules/invoicing/contracts';
import { claimDueOccurrences } from '../src/modules/workflows/infrastructure/due-occurrences';
import { CLAIM_BATCH } from '../src/modules/workflows/use-cases/send-due-occurrences/due-occurrences.pass';
import { invoiceRecord } from '../test/invoicing/support/invoice-record.mother';
import { runBenchmark } from './bench-harness';
import { median } from './percentile';
import { startVonageBenchApp } from './vonage-bench-app';

const PENDING = Number(process.env.BENCH_PENDING ?? 1_000_000);
const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 10_000);
const THROUGHPUT = Number(process.env.BENCH_THROUGHPUT ?? 30);
const CLAIM_RUNS = 9;
const CLAIM_TARGET_MS = 50;
const PAGE = 500;
/** The reminders of the send phase are due this far ahead until the bench makes them due at once. */
const FAR_AHEAD = '2099-01-01';

type Sql = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

/** 1,000,000 scheduled occurrences a year ahead and more, and `CLAIM_BATCH` × 5 due at `dueAt`. */
async function fillSchedule(sql: Sql, accountId: string, dueAt: Date): Promise<void> {
  const insert = (count: number, due: string) =>
    sql(
      `insert into workflows_occurrences (id, account_id, invoice_id, attachment_id, step_id, kind, occurrence_index,
         due_at, state, attempts, created_at, updated_at)
       select gen_random_uuid(), ?, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'reminder', 0,
         ${due}, 'scheduled', 0, now(), now()
       from generate_series(1, ?) g`,
      [accountId, count],
    );
  const at = `'${dueAt.toISOString()}'::timestamptz`;
  await insert(PENDING, `${at} + interval '1 day' + g * interval '30 seconds'`);
  await insert(CLAIM_BATCH * 5, `${at} - g * interval '1 second'`);
  await sql('analyze workflows_occurrences');
}

/** Claims a batch of due occurrences as the timed pass does, rolled back so that every run claims the same. */
async function claimTimes(em: EntityManager, at: Date): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < CLAIM_RUNS; run += 1) {
    await em.begin();
    const started = performance.now();
    const claimed = await claimDueOccurrences(em, at, CLAIM_BATCH);
    times.push(performance.now() - started);
    await em.rollback();
    if (claimed.length !== CLAIM_BATCH) throw new Error(`Claimed ${claimed.length}, not ${CLAIM_BATCH}`);
  }
  return times.sort((a, b) => a - b);
}

function customer(index: number): QuickBooksCustomerRecord {
  const name = `Customer ${index}`;
  return {
    quickBooksId: String(index + 1),
    syncToken: '0',
    lastUpdatedAt: '2026-12-01T10:00:00Z',
    displayName: name,
    givenName: name,
    mobile: `+447400${String(index).padStart(6, '0')}`,
    ...{ title: null, middleName: null, familyName: null, suffix: null, companyName: null, email: null },
    ...{ primaryPhone: null, alternatePhone: null, billingAddress: null, active: true },
  };
}

/** REMINDERS contacts and an invoice each, imported after a default workflow (one reminder) was chosen. */
async function chaseInvoices(app: INestApplication, url: string, auth: string, accountId: string, sql: Sql) {
  await createDefaultWorkflow(url, auth);
  const commands = app.get(CommandBus);
  for (let from = 0; from < REMINDERS; from += PAGE) {
    const customers = Array.from({ length: Math.min(PAGE, REMINDERS - from) }, (_, i) => customer(from + i));
    const contacts = await commands.execute(new UpsertContactsFromQuickBooksCommand(accountId, customers));
    await commands.execute(
      new UpsertInvoicesFromQuickBooksCommand(
        accountId,
        contacts.map((contact, i) => ({
          record: invoiceRecord({ quickBooksId: String(from + i + 1), docNumber: `B-${from + i}`, dueDate: FAR_AHEAD }),
          contactId: contact.contactId as string,
        })),
      ),
    );
  }
  for (;;) {
    const [row] = await sql<{ count: string }>(`select count(*) from workflows_occurrences where due_at >= ?::date`, [
      FAR_AHEAD,
    ]);
    if (Number(row.count) >= REMINDERS) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function createDefaultWorkflow(url: string, auth: string): Promise<void> {
  const response = await fetch(`${url}/api/v1/workflows`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: auth },
    body: JSON.stringify({
      name: 'Bench chase',
      isDefault: true,
      steps: [{ kind: 'reminder', relativeTo: 'due', offsetDays: 0, timeOfDay: '10:00' }],
    }),
  });
  if (response.status !== 201) throw new Error(`Creating the workflow answered ${response.status}`);
}

/**
 * npm run bench:workflows — with PENDING scheduled occurrences in the table: how long the timed
 * pass takes to claim a batch of due ones (median of several, target under 50 ms); then REMINDERS
 * reminders falling due at once, all sent through the Vonage sandbox at its throughput with no
 * duplicate and no throttled answer.
 */
async function main(): Promise<void> {
  const bench = await startVonageBenchApp('workflows', THROUGHPUT);
  const { app, sandbox, url } = bench;
  try {
    const { accountId, accessToken } = await bench.signUp({ timezone: 'Europe/London' });
    const em = app.get(EntityManager).fork();
    const sql: Sql = (query, params = []) => em.getConnection().execute(query, params);

    // Due a year from now: the worker's own pass, on the real clock, leaves them alone.
    const claimAt = new Date(Date.now() + 365 * 86_400_000);
    let started = performance.now();
    await fillSchedule(sql, accountId, claimAt);
    console.log(
      `workflows: ${PENDING + CLAIM_BATCH * 5} occurrences inserted in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const times = await claimTimes(em, claimAt);
    const claimMedian = median(times);
    const [plan] = await sql<{ 'QUERY PLAN': string }>(
      `explain select id from workflows_occurrences where state = 'scheduled' and due_at <= ? order by due_at limit ?`,
      [claimAt, CLAIM_BATCH],
    );
    console.log(
      `  claim of ${CLAIM_BATCH} due among ${PENDING} pending: median ${claimMedian.toFixed(1)} ms, ` +
        `min ${times[0].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms over ${CLAIM_RUNS} runs ` +
        `(target under ${CLAIM_TARGET_MS} ms); plan: ${plan['QUERY PLAN'].trim()}`,
    );

    started = performance.now();
    await chaseInvoices(app, url, `Bearer ${accessToken}`, accountId, sql);
    console.log(
      `  ${REMINDERS} invoices chased (contacts, invoices, workflow attached) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    await sql(`update workflows_occurrences set due_at = now() where due_at >= ?::date`, [FAR_AHEAD]);

    const deadline = Date.now() + (REMINDERS / THROUGHPUT) * 2_000 + 120_000;
    const accepted = () => sandbox.admin.sent().filter((sms) => sms.status === 0);
    while (accepted().length < REMINDERS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // anything sent twice would show by now
    const sent = sandbox.admin.sent();
    const ok = accepted();
    const at = ok.map((sms) => Date.parse(sms.at)).sort((a, b) => a - b);
    const seconds = (at[at.length - 1] - at[0]) / 1000;
    const perRef = new Map<string, number>();
    for (const sms of ok) perRef.set(sms.clientRef ?? '', (perRef.get(sms.clientRef ?? '') ?? 0) + 1);
    const duplicates = [...perRef.values()].filter((count) => count > 1).length;
    const throttled = sent.filter((sms) => sms.status === 1).length;
    const states = await sql<{ state: string; count: string }>(
      `select state, count(*) from workflows_occurrences where due_at < now() + interval '1 day' group by state`,
    );
    console.log(
      `  ${REMINDERS} reminders due at once: ${ok.length} sent in ${seconds.toFixed(1)} s, ` +
        `${(ok.length / seconds).toFixed(1)} texts/s (limit ${THROUGHPUT}/s)`,
    );
    console.log(
      `  duplicates: ${duplicates}; throttled answers (status 1): ${throttled}; occurrences ` +
        JSON.stringify(Object.fromEntries(states.map((row) => [row.state, Number(row.count)]))),
    );
    if (claimMedian >= CLAIM_TARGET_MS) throw new Error(`The claim took ${claimMedian.toFixed(1)} ms`);
    if (duplicates > 0 || throttled > 0 || ok.length !== REMINDERS)
      throw new Error('Texts were duplicated, throttled or lost');
  } finally {
    await bench.close();
  }
}

runBenchmark(main);
