import { startVonageSandbox, type VonageSandbox, type VonageSandboxOptions } from '../../libs/sandbox/vonage';
import { freePort } from '../../libs/testing';
import { vonageEnvironmentFor } from '../../src/sandbox-mode';
import { startTestApp, type TestApp, type TestAppOptions } from './test-app';

/** A Vonage sandbox sending its webhooks to Settle at `publicUrl`, quickly, and Settle's settings pointed at it. */
export async function startVonageSandboxFor(
  publicUrl: string,
  options: VonageSandboxOptions = {},
): Promise<VonageSandbox> {
  const sandbox = await startVonageSandbox({
    deliveryReceiptUrl: `${publicUrl}/webhooks/vonage/delivery-receipts`,
    inboundUrl: `${publicUrl}/webhooks/vonage/inbound`,
    receiptDelayMs: 10,
    retryDelaysMs: [50, 100, 200],
    signWebhooks: true,
    signatureMethod: 'sha256',
    ...options,
  });
  Object.assign(process.env, vonageEnvironmentFor(sandbox));
  return sandbox;
}

/** Settle listening on a real port, texting through a Vonage sandbox of its own. */
export async function startAppWithVonage(
  options: { vonage?: VonageSandboxOptions; app?: TestAppOptions } = {},
): Promise<{ app: TestApp; vonage: VonageSandbox; close(): Promise<void> }> {
  const port = await freePort();
  process.env.PUBLIC_URL = `http://127.0.0.1:${port}`;
  const vonage = await startVonageSandboxFor(process.env.PUBLIC_URL, options.vonage);
  const app = await startTestApp({ ...options.app, listenPort: port });
  return {
    app,
    vonage,
    close: async () => {
      await app.close();
      await vonage.close();
    },
  };
}
