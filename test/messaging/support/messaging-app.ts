import { AccountScope } from '../../../src/platform/database/account-scope';
import type { VonageSandbox, VonageSandboxOptions } from '../../../libs/sandbox/vonage';
import type { SignedUp } from '../../support/accounts';
import type { TestApp } from '../../support/test-app';
import { startAppWithVonage } from '../../support/vonage';

export const VIRTUAL_NUMBER = '447700900100';

export interface MessagingApp {
  app: TestApp;
  sandbox: VonageSandbox;
  scope: AccountScope;
  close(): Promise<void>;
}

/**
 * Settle texting through a Vonage sandbox of its own from a virtual number (so replies work); its
 * webhooks are unsigned unless `signWebhooks` is set, and then Settle checks them.
 */
export async function startMessagingApp(options: VonageSandboxOptions = {}): Promise<MessagingApp> {
  const { app, vonage, close } = await startAppWithVonage({
    vonage: {
      virtualNumbers: [VIRTUAL_NUMBER],
      receiptDelayMs: 20,
      retryDelaysMs: [200, 500],
      signWebhooks: false,
      ...options,
    },
  });
  return { app, sandbox: vonage, scope: app.app.get(AccountScope), close };
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
