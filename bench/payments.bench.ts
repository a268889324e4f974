import type { ChildProcess } from 'node:child_process';
import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Client } from 'pg';
import type { WebhookDelivery } from '../libs/sandbox/stripe/webhooks/webhook-dispatcher';
import { type ImportView, runBenchmark, runImport, startBench, type Bench } from './bench-harness';
import { percentile } from './percentile';
import { heapFlags, startChildProcess, stopChildProcess } from './child-process';

const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 500);
/** The share of payments whose events are delayed, duplicated and delivered in reverse order. */
const MISCHIEF_SHARE = 0.3;
const YEAR = 2025;
/**
 * The two sandboxes stand in for Stripe's and Intuit's servers, which never share Settle's CPU: they
 * run below Settle's priority, so that on a small machine they do not take the API's turn.
 */
const SANDBOX_NICE = 5;

interface InvoiceRow {
  id: string;
}

/** Times every answer to /webhooks/stripe in this process: from the request to the last byte sent. */
function timeWebhookAcks(samples: number[]): void {
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      if (request.url === '/webhooks/stripe') {
        const started = performance.now();
        // An answer the sender gave up on never finishes: it counts as the time until the socket closed.
        response.once('close', () => samples.push(performance.now() - started));
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

async function connectStripe(bench: Bench): Promise<void> {
  const { authorizeUrl } = await bench.call<{ authorizeUrl: string }>('POST', '/api/v1/integrations/stripe/connect');
  const consent = await fetch(`${authorizeUrl}&approve=1`, { redirect: 'manual' });
  const landing = await fetch(consent.headers.get('location') as string);
  if (landing.status !== 200) throw new Error(`Connecting Stripe failed: ${landing.status}`);
}

/** Open GBP invoices with a balance, as many as asked. */
async function payableInvoices(bench: Bench, wanted: number): Promise<string[]> {
  const found: string[] = [];
  for (const status of ['open', 'overdue']) {
    let cursor: string | null = null;
    do {
      const query = `status=${status}&currency=GBP&limit=200${cursor ? `&cursor=${cursor}` : ''}`;
      const page: { data: InvoiceRow[]; page: { nextCursor: string | null } } = await bench.call(
        'GET',
        `/api/v1/invoices?${query}`,
      );
      found.push(...page.data.map((row) => row.id));
      cursor = page.page.nextCursor;
    } while (cursor && found.length < wanted);
  }
  if (found.length < wanted) throw new Error(`Only ${found.length} payable GBP invoices; ${wanted} wanted`);
  return found.slice(0, wanted);
}

/** Presses "Pay by card" on the invoice's page: answers the Checkout Session it was sent to. */
async function pressPay(bench: Bench, invoiceId: string): Promise<string> {
  const { url } = await bench.call<{ url: string }>('GET', `/api/v1/invoices/${invoiceId}/payment-link`);
  const answer = await fetch(`${url}/pay`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ method: 'card' }),
    redirect: 'manual',
  });
  const location = answer.headers.get('location') ?? '';
  if (answer.status !== 303 || !location.includes('/c/pay/'))
    throw new Error(`Pay answered ${answer.status} ${location}`);
  return new URL(location).pathname.split('/').pop() as string;
}

/** Sessions whose events are held at once, then released reversed (a burst like a Stripe backlog). */
const BURST = 10;

/** The Stripe sandbox's admin, over HTTP: the sandbox runs in a process of its own. */
interface StripeAdmin {
  <T>(method: string, path: string, body?: unknown): Promise<T>;
}

/** The plain ones pay by card; the others pay later and their events come twice, held and then reversed. */
async function pay(stripe: StripeAdmin, sessions: string[]): Promise<void> {
  const mischief = Math.round(sessions.length * MISCHIEF_SHARE);
  const [reordered, plain] = [sessions.slice(0, mischief), sessions.slice(mischief)];
  for (let start = 0; start < reordered.length; start += BURST) {
    await stripe('POST', '/webhooks/hold');
    await stripe('PUT', '/webhooks', { duplicateNext: Number.MAX_SAFE_INTEGER });
    for (const session of reordered.slice(start, start + BURST)) {
      await stripe('POST', `/sessions/${session}/pay`, { delayed: true });
      await stripe('POST', `/sessions/${session}/settle`, { outcome: 'succeeded' });
    }
    await stripe('POST', '/webhooks/release', { order: 'reverse' });
  }
  await stripe('PUT', '/webhooks', { duplicateNext: 0 });
  for (const session of plain) {
    const outcome = await stripe<{ kind: string }>('POST', `/sessions/${session}/pay`, { card: '4242424242424242' });
    if (outcome.kind !== 'paid') throw new Error(`Session ${session}: ${outcome.kind}`);
  }
  for (const session of sessions) {
    const { payment_status } = await stripe<{ payment_status: string }>('GET', `/sessions/${session}`);
    if (payment_status !== 'paid') throw new Error(`Stripe has session ${session} unpaid`);
  }
}

async function waitUntil(db: Client, label: string, query: string, wanted: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.query<{ count: string }>(query);
    if (Number(rows[0].count) >= wanted) return;
    if (Date.now() > deadline) throw new Error(`${label}: ${rows[0].count} of ${wanted} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** From the webhook that decided each payment reaching Settle to its Payment written in QuickBooks. */
async function webhookToQuickBooks(db: Client): Promise<number[]> {
  const { rows } = await db.query<{ ms: string }>(`
    select extract(epoch from (w.written_at - d.received_at)) * 1000 as ms
      from payments_payments p
      join integration_quickbooks_payment_writes w on w.payment_id = p.id::text
      join lateral (
        select min(i.received_at) as received_at from platform_inbox i
         where i.provider = 'stripe'
           and (i.raw_body::jsonb -> 'data' -> 'object' ->> 'client_reference_id') = p.attempt_id::text
           and ((i.raw_body::jsonb ->> 'type') = 'checkout.session.async_payment_succeeded'
             or ((i.raw_body::jsonb ->> 'type') = 'checkout.session.completed'
                 and (i.raw_body::jsonb -> 'data' -> 'object' ->> 'payment_status') = 'paid'))
      ) d on true
     where p.source = 'stripe' and w.written_at is not null`);
  return rows.map((row) => Number(row.ms)).sort((a, b) => a - b);
}

/**
 * Settle's worker in a process of its own, as deployed (ROLE=worker beside ROLE=api): the API
 * process then only verifies and stores webhooks, and its answers are timed without the saga's work
 * on the same event loop. Vonage and Crezco are named but never called here.
 */
async function startWorker(): Promise<ChildProcess> {
  const env = {
    ...process.env,
    ROLE: 'worker',
    LOG_LEVEL: 'info',
    VONAGE_API_KEY: 'bench-unused',
    VONAGE_API_SECRET: 'bench-unused',
    VONAGE_API_BASE_URL: 'http://127.0.0.1:9',
    VONAGE_DEFAULT_SENDER: '447700900000',
    CREZCO_API_KEY: 'bench-unused',
    CREZCO_PARTNER_ID: 'bench-unused',
    CREZCO_API_BASE_URL: 'http://127.0.0.1:9',
    CREZCO_ONBOARDING_URL: 'http://127.0.0.1:9',
  };
  // With the heap flags this benchmark was started with: `npm run bench:payments` gives it those of
  // `npm run start:worker` (see package.json).
  const worker = await startChildProcess(
    join(__dirname, '../src/worker.ts'),
    [],
    env,
    (line) => line.includes('Settle worker started'),
    { nodeFlags: heapFlags() },
  );
  return worker.child;
}

/** The Stripe sandbox in its own process, with Settle's environment pointed at it. */
async function startStripe(): Promise<{ child: ChildProcess; admin: StripeAdmin }> {
  const { child, line } = await startChildProcess(
    join(__dirname, 'stripe-sandbox-process.ts'),
    [JSON.stringify([1000, 5000, 30_000])],
    process.env,
    (output) => output.startsWith('{'),
    { nice: SANDBOX_NICE },
  );
  const { env, adminUrl } = JSON.parse(line) as { env: Record<string, string>; adminUrl: string };
  Object.assign(process.env, env);
  const admin: StripeAdmin = async <T>(method: string, path: string, body?: unknown) => {
    const answer = await fetch(`${adminUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await answer.text();
    if (!answer.ok) throw new Error(`Stripe sandbox ${method} ${path}: ${answer.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return { child, admin };
}

/** npm run bench:payments — 500 invoices paid through the Stripe sandbox's webhooks, written to QuickBooks. */
async function main(): Promise<void> {
  const { child: stripeProcess, admin: stripe } = await startStripe();
  Object.assign(process.env, {
    // The bench presses "Pay" 500 times from one address; the page's limit is per address and minute.
    AUTH_RATE_LIMIT_PER_MINUTE: String(PAYMENTS * 10),
    ROLE: 'api',
  });
  const acks: number[] = [];
  timeWebhookAcks(acks);
  const bench = await startBench(
    { seed: 'bench-payments', customers: 400, invoices: PAYMENTS * 4, years: YEAR },
    { sandboxNice: SANDBOX_NICE },
  );
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  let worker: ChildProcess | null = null;
  try {
    worker = await startWorker();
    await stripe('PUT', '/webhooks', { url: `${bench.url}/webhooks/stripe` });
    await connectStripe(bench);
    const imported = await runImport<ImportView>(bench, { kind: 'invoices', year: YEAR });
    if (imported.status !== 'completed') throw new Error(`Import ${imported.status}: ${imported.error}`);
    await db.connect();
    const paymentsBefore = await quickBooksPayments(bench);

    const invoices = await payableInvoices(bench, PAYMENTS);
    const sessions: string[] = [];
    for (const invoice of invoices) sessions.push(await pressPay(bench, invoice));
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const started = performance.now();
    await pay(stripe, sessions);
    await waitUntil(
      db,
      'payments',
      `select count(*) from payments_payments where source = 'stripe'`,
      PAYMENTS,
      300_000,
    );
    await waitUntil(
      db,
      'QuickBooks writes',
      `select count(*) from payments_payments where quick_books_state = 'recorded'`,
      PAYMENTS,
      600_000,
    );
    const seconds = (performance.now() - started) / 1000;
    loopDelay.disable();

    const { rows } = await db.query<{ count: string }>(`select count(*) from payments_payments`);
    const inQuickBooks = (await quickBooksPayments(bench)) - paymentsBefore;
    const deliveries = await stripe<WebhookDelivery[]>('GET', '/webhooks/deliveries');
    const latencies = await webhookToQuickBooks(db);
    const refused = new Map<string, number>();
    for (const delivery of deliveries.filter((d) => d.status !== 200)) {
      const answer = delivery.error ?? String(delivery.status);
      refused.set(answer, (refused.get(answer) ?? 0) + 1);
    }
    const sortedAcks = [...acks].sort((a, b) => a - b);
    console.log(
      `payments: ${PAYMENTS} invoices paid (${Math.round(PAYMENTS * MISCHIEF_SHARE)} paying later with duplicated, reversed events) in ${seconds.toFixed(1)} s`,
    );
    console.log(
      `  webhooks: ${deliveries.length} deliveries (${deliveries.filter((d) => d.duplicate).length} duplicates), ` +
        `${deliveries.filter((d) => d.status !== 200).length} not answered 200 (retried), ` +
        `ack p50 ${percentile(sortedAcks, 50).toFixed(1)} ms, p99 ${percentile(sortedAcks, 99).toFixed(1)} ms (target < 50 ms)`,
    );
    const roundTrips = deliveries.map((delivery) => delivery.durationMs).sort((a, b) => a - b);
    console.log(
      `  the same answers timed by the Stripe sandbox (its own process, at nice ${SANDBOX_NICE}, and scheduling included): ` +
        `p50 ${percentile(roundTrips, 50).toFixed(1)} ms, p99 ${percentile(roundTrips, 99).toFixed(1)} ms`,
    );
    console.log(`  not answered 200: ${JSON.stringify(Object.fromEntries(refused))}`);
    console.log(
      `  the API process's event loop: delay p99 ${(loopDelay.percentile(99) / 1e6).toFixed(1)} ms, max ${(loopDelay.max / 1e6).toFixed(1)} ms`,
    );
    console.log(
      `  Settle payments: ${rows[0].count}; new Payments in QuickBooks: ${inQuickBooks} (expected ${PAYMENTS} each)`,
    );
    console.log(
      `  webhook → QuickBooks: p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms`,
    );
    if (Number(rows[0].count) !== PAYMENTS || inQuickBooks !== PAYMENTS)
      throw new Error('Payments were lost or doubled');
  } finally {
    await Promise.all([worker && stopChildProcess(worker), stopChildProcess(stripeProcess)]);
    await db.end().catch(() => undefined);
    await bench.close();
  }
}

async function quickBooksPayments(bench: Bench): Promise<number> {
  const companies = await bench.admin<{ realmId: string; counts: Record<string, number> }[]>('GET', '/companies');
  return companies.find((company) => company.realmId === bench.sandbox.realmId)?.counts.Payment ?? 0;
}

runBenchmark(main);
