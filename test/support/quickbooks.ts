import type { QboCompanyData, QboCustomer } from '../../libs/quickbooks/qbo-types';
import { startQuickBooksSandbox, type QuickBooksSandbox } from '../../libs/sandbox/quickbooks';
import type { QuickBooksSandboxOptions } from '../../libs/sandbox/quickbooks/sandbox-options';
import type { VonageSandbox, VonageSandboxOptions } from '../../libs/sandbox/vonage';
import { QuickBooksCdcScheduler } from '../../src/modules/integration/use-cases/run-quickbooks-cdc-pass/quickbooks-cdc.scheduler';
import { quickbooksEnvironmentFor } from '../../src/sandbox-mode';
import { signUp, type SignedUp } from './accounts';
import { startTestApp, type TestApp, type TestAppOptions } from './test-app';
import { startVonageSandboxFor } from './vonage';
import { eventually, freePort } from '../../libs/testing';

/** The year of a generated company's latest invoice: the year its tests import. */
export function latestYearOf(company: QboCompanyData): number {
  return Number(company.invoices[company.invoices.length - 1].TxnDate.slice(0, 4));
}

/** Gives the customers one mobile and no other phone: Contacts keeps the first and drops the rest. */
export function shareOneMobile(customers: QboCustomer[], mobile: string): void {
  for (const customer of customers) {
    customer.Mobile = { FreeFormNumber: mobile };
    delete customer.PrimaryPhone;
    delete customer.AlternatePhone;
  }
}

/**
 * Schedules the CDC pass of the app's one connection, as of `now`. The scheduler passes over a
 * connection whose row another transaction holds (a sync job of an earlier test may still be
 * finishing) and takes it at its next look, so this looks until it is taken.
 */
export async function scheduleCdcPass(app: TestApp, now?: Date): Promise<void> {
  const scheduler = app.app.get(QuickBooksCdcScheduler);
  await eventually(async () => expect(await scheduler.scheduleAll(now)).toBe(1));
}

export interface SandboxedApp {
  app: TestApp;
  sandbox: QuickBooksSandbox;
  /** Where Settle's texts go. */
  vonage: VonageSandbox;
  close(): Promise<void>;
}

/**
 * Settle listening on a real port, wired to a QuickBooks sandbox of its own that delivers webhooks
 * to it, with retry delays short enough for tests, and to a Vonage sandbox for its texts.
 */
export async function startAppWithSandbox(
  companies: QboCompanyData[],
  options: { sandbox?: QuickBooksSandboxOptions; vonage?: VonageSandboxOptions; app?: TestAppOptions } = {},
): Promise<SandboxedApp> {
  const port = await freePort();
  process.env.PUBLIC_URL = `http://127.0.0.1:${port}`;
  const sandbox = await startQuickBooksSandbox({
    webhookUrl: `${process.env.PUBLIC_URL}/webhooks/quickbooks`,
    webhookBatchDelayMs: 20,
    webhookRetryDelaysMs: [50, 100, 200],
    companies,
    ...options.sandbox,
  });
  Object.assign(process.env, quickbooksEnvironmentFor(sandbox), {
    QBO_RETRY_BASE_MS: '5',
    QBO_THROTTLE_RETRY_MS: '20',
    QBO_CDC_INTERVAL_SECONDS: '3600',
  });
  const vonage = await startVonageSandboxFor(process.env.PUBLIC_URL, options.vonage);
  const app = await startTestApp({ ...options.app, listenPort: port });
  return {
    app,
    sandbox,
    vonage,
    close: async () => {
      await app.close();
      await sandbox.close();
      await vonage.close();
    },
  };
}

export interface ConsentResult {
  status: number;
  page: string;
}

/**
 * Connects the owner's account the way a person does: ask Settle for the Intuit URL, approve on the
 * consent page (choosing the company), and follow the redirect back to Settle's callback.
 */
export async function connectQuickBooks(
  { app, sandbox }: SandboxedApp,
  owner: SignedUp,
  options: { realmId?: string; replaceCompany?: boolean; decline?: boolean } = {},
): Promise<ConsentResult> {
  const started = await app
    .http()
    .post('/api/v1/integrations/quickbooks/connect')
    .set(owner.auth)
    .send(options.replaceCompany ? { replaceCompany: true } : {})
    .expect(200);
  const authorize = new URL(started.body.authorizeUrl as string);
  expect(authorize.origin + authorize.pathname).toBe(sandbox.authorizeUrl);
  authorize.searchParams.set(options.decline ? 'decline' : 'approve', '1');
  if (options.realmId) authorize.searchParams.set('realmId', options.realmId);
  const consent = await fetch(authorize, { redirect: 'manual' });
  expect(consent.status).toBe(302);
  const callback = new URL(consent.headers.get('location') as string);
  const landing = await app.http().get(`${callback.pathname}${callback.search}`);
  return { status: landing.status, page: landing.text };
}

/** Starts an import through the API and waits for it to finish (completed or failed); answers its view. */
export async function runImport<View extends { status: string }>(
  { app }: SandboxedApp,
  owner: SignedUp,
  body: Record<string, unknown>,
): Promise<View & { id: string }> {
  const started = await app
    .http()
    .post('/api/v1/integrations/quickbooks/imports')
    .set(owner.auth)
    .send(body)
    .expect(202);
  const id = started.body.importId as string;
  return eventually(async () => {
    const view = await app.http().get(`/api/v1/integrations/quickbooks/imports/${id}`).set(owner.auth).expect(200);
    expect(['completed', 'failed']).toContain(view.body.status);
    return { id, ...(view.body as View) };
  }, 60_000);
}

/** Settle wired to a sandbox holding these companies, with a signed-up owner connected to one. */
export async function startConnectedApp(
  companies: QboCompanyData[],
  realmId: string,
): Promise<{ env: SandboxedApp; owner: SignedUp }> {
  const env = await startAppWithSandbox(companies);
  const owner = await signUp(env.app);
  await connectQuickBooks(env, owner, { realmId });
  return { env, owner };
}
