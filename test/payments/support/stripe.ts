import { startStripeSandbox, type StripeSandbox } from '../../../libs/sandbox/stripe';
import { freePort } from '../../../libs/testing';
import type { SignedUp } from '../../support/accounts';
import { stripeEnvironmentFor } from '../../../src/sandbox-mode';
import { startTestApp, type TestApp, type TestAppOptions } from '../../support/test-app';

export interface StripeApp {
  app: TestApp;
  stripe: StripeSandbox;
  close(): Promise<void>;
}

/** Settle listening on a real port, wired to a Stripe sandbox of its own that delivers webhooks to it. */
export async function startAppWithStripe(options: { app?: TestAppOptions } = {}): Promise<StripeApp> {
  const port = await freePort();
  process.env.PUBLIC_URL = `http://127.0.0.1:${port}`;
  const stripe = await startStripeSandbox({
    webhookUrl: `${process.env.PUBLIC_URL}/webhooks/stripe`,
    webhookRetryDelaysMs: [50, 100, 200],
  });
  Object.assign(process.env, stripeEnvironmentFor(stripe));
  const app = await startTestApp({ ...options.app, listenPort: port });
  return {
    app,
    stripe,
    close: async () => {
      await app.close();
      await stripe.close();
    },
  };
}

/**
 * Connects the owner's account to a new Stripe account the way a person does: Settle's consent URL,
 * approved on the sandbox's page, then its redirect followed back to Settle's callback.
 */
export async function connectStripe(
  { app, stripe }: { app: TestApp; stripe: StripeSandbox },
  owner: SignedUp,
  consent: Record<string, string> = {},
): Promise<{ status: number; page: string }> {
  const started = await app.http().post('/api/v1/integrations/stripe/connect').set(owner.auth).expect(200);
  const authorize = new URL(started.body.authorizeUrl as string);
  expect(authorize.origin + authorize.pathname).toBe(stripe.authorizeUrl);
  for (const [name, value] of Object.entries({ approve: '1', ...consent })) authorize.searchParams.set(name, value);
  const answer = await fetch(authorize, { redirect: 'manual' });
  expect(answer.status).toBe(302);
  const callback = new URL(answer.headers.get('location') as string);
  const landing = await app.http().get(`${callback.pathname}${callback.search}`);
  return { status: landing.status, page: landing.text };
}
