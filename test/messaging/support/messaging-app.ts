import { AccountScope } from '../../../src/platform/database/account-scope';
import { freePort } from '../../../libs/testing';
import { startVonageSandbox, type VonageSandbox, type VonageSandboxOptions } from '../../../libs/sandbox/vonage';
import type { SignedUp } from '../../support/accounts';
import { startTestApp, type TestApp } from '../../support/test-app';

export const VIRTUAL_NUMBER = '447700900100';

export interface MessagingApp {
  app: TestApp;
  sandbox: VonageSandbox;
  scope: AccountScope;
  close(): Promise<void>;
}

/**
 * Settle listening on a port, with a Vonage sandbox whose receipts and inbound texts post to it,
 * and the VONAGE_* variables pointing Settle at the sandbox (the default sender a virtual number,
 * so replies work).
 */
export async function startMessagingApp(
  options: VonageSandboxOptions & { verifySignatures?: boolean } = {},
): Promise<MessagingApp> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const { verifySignatures, ...sandboxOptions } = options;
  const sandbox = await startVonageSandbox({
    deliveryReceiptUrl: `${base}/webhooks/vonage/delivery-receipts`,
    inboundUrl: `${base}/webhooks/vonage/inbound`,
    virtualNumbers: [VIRTUAL_NUMBER],
    receiptDelayMs: 20,
    retryDelaysMs: [200, 500],
    ...sandboxOptions,
  });
  Object.assign(process.env, {
    PUBLIC_URL: base,
    VONAGE_API_KEY: sandbox.apiKey,
    VONAGE_API_SECRET: sandbox.apiSecret,
    VONAGE_API_BASE_URL: sandbox.baseUrl,
    VONAGE_DEFAULT_SENDER: VIRTUAL_NUMBER,
    VONAGE_THROUGHPUT_PER_SECOND: String(options.throughputPerSecond ?? 30),
    VONAGE_SIGNATURE_METHOD: sandbox.signatureMethod,
  });
  if (verifySignatures) process.env.VONAGE_SIGNATURE_SECRET = sandbox.signatureSecret;
  else delete process.env.VONAGE_SIGNATURE_SECRET;
  const app = await startTestApp({ listenPort: port });
  return {
    app,
    sandbox,
    scope: app.app.get(AccountScope),
    close: async () => {
      await sandbox.close();
      await app.close();
    },
  };
}

let mobileCounter = Math.floor(Math.random() * 900_000);

/** A UK mobile no other contact of the test file has. */
export function nextMobile(): string {
  mobileCounter = (mobileCounter + 1) % 1_000_000;
  return `+447400${String(mobileCounter).padStart(6, '0')}`;
}

/** Creates a contact through the contacts API. */
export async function createContact(
  app: TestApp,
  account: SignedUp,
  details: Record<string, unknown> = {},
): Promise<{ id: string; mobile: string | null }> {
  const created = await app
    .http()
    .post('/api/v1/contacts')
    .set(account.auth)
    .send({ firstName: 'Sam', lastName: 'Patel', mobile: nextMobile(), ...details })
    .expect(201);
  return { id: created.body.id, mobile: created.body.mobile };
}

export interface ConversationEntry {
  id: string;
  direction: 'out' | 'in' | 'note';
  state: string;
  failureReason: string | null;
  purpose: string | null;
  noteKind: string | null;
  text: string;
  parts: number;
}

export async function conversationOf(app: TestApp, account: SignedUp, contactId: string): Promise<ConversationEntry[]> {
  const response = await app.http().get(`/api/v1/contacts/${contactId}/conversation`).set(account.auth).expect(200);
  return response.body.entries as ConversationEntry[];
}

/** The digits Vonage uses for an E.164 number. */
export const wire = (e164: string): string => e164.replace(/^\+/, '');
