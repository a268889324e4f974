import { startVonageSandbox, type VonageSandbox, type VonageSandboxOptions } from '../../libs/sandbox/vonage';
import { freePort } from '../../libs/testing';
import { vonageEnvironmentFor } from '../../src/sandbox-mode';
import { startTestApp, type TestApp, type TestAppOptions } from './test-app';

/**
 * A Vonage sandbox sending its webhooks to Settle at `publicUrl` quickly (signed unless told
 * otherwise), and every VONAGE_* setting pointed at it: set each time, since a Jest worker's
 * environment outlives a test file.
 */
export async function startVonageSandboxFor(
  publicUrl: string,
  options: VonageSandboxOptions = {},
): Promise<VonageSandbox> {
  const signed = options.signWebhooks ?? true;
  const sandbox = await startVonageSandbox({
    deliveryReceiptUrl: `${publicUrl}/webhooks/vonage/delivery-receipts`,
    inboundUrl: `${publicUrl}/webhooks/vonage/inbound`,
    receiptDelayMs: 10,
    retryDelaysMs: [50, 100, 200],
    signatureMethod: 'sha256',
    ...options,
    signWebhooks: signed,
  });
  Object.assign(process.env, vonageEnvironmentFor(sandbox), {
    VONAGE_THROUGHPUT_PER_SECOND: String(options.throughputPerSecond ?? 30),
  });
  if (!signed) delete process.env.VONAGE_SIGNATURE_SECRET;
  return sandbox;
}

export interface VonageApp {
  app: TestApp;
  vonage: VonageSandbox;
  close(): Promise<void>;
}

/** Settle listening on a real port, texting through a Vonage sandbox of its own. */
export async function startAppWithVonage(
  options: { vonage?: VonageSandboxOptions; app?: TestAppOptions } = {},
): Promise<VonageApp> {
  const port = await freePort();
  process.env.PUBLIC_URL = `http://127.0.0.1:${port}`;
  const vonage = await startVonageSandboxFor(process.env.PUBLIC_URL, options.vonage);
  const app = await startTestApp({ ...options.app, listenPort: port });
  return {
    app,
    vonage,
    close: async () => {
      await vonage.close();
      await app.close();
    },
  };
}
