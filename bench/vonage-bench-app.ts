import type { INestApplication } from '@nestjs/common';
import { startVonageSandbox, type VonageSandbox } from '../libs/sandbox/vonage';
import { deleteRedisKeys, freePort } from '../libs/testing';
import { dropDatabase } from '../src/platform/database/ensure-database';
import { startSettleInProcess } from './settle-in-process';

export const VIRTUAL_NUMBER = '447700900100';

export interface VonageBenchApp {
  app: INestApplication;
  url: string;
  sandbox: VonageSandbox;
  /** Signs up a fresh account through the API. */
  signUp(extra?: Record<string, string>): Promise<{ accountId: string; accessToken: string }>;
  /** Stops both and drops what the run made: its database and its Redis keys. */
  close(): Promise<void>;
}

/**
 * Settle (both roles) on a database of its own, texting through a Vonage sandbox that throttles at
 * `throughputPerSecond` and posts its receipts back: what the texting benchmarks measure against.
 */
export async function startVonageBenchApp(name: string, throughputPerSecond: number): Promise<VonageBenchApp> {
  const stamp = `${Date.now()}_${process.pid}`;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const sandbox = await startVonageSandbox({
    deliveryReceiptUrl: `${url}/webhooks/vonage/delivery-receipts`,
    throughputPerSecond,
    virtualNumbers: [VIRTUAL_NUMBER],
  });
  const app = await startSettleInProcess(`${name}_${stamp}`, port, {
    VONAGE_API_KEY: sandbox.apiKey,
    VONAGE_API_SECRET: sandbox.apiSecret,
    VONAGE_API_BASE_URL: sandbox.baseUrl,
    VONAGE_DEFAULT_SENDER: VIRTUAL_NUMBER,
    VONAGE_THROUGHPUT_PER_SECOND: String(throughputPerSecond),
  });
  return {
    app,
    url,
    sandbox,
    signUp: async (extra = {}) => {
      const signup = await fetch(`${url}/api/v1/auth/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          accountName: 'Bench Ltd',
          email: `bench-${stamp}@example.com`,
          password: 'a benchmark password',
          ...extra,
        }),
      });
      return (await signup.json()) as { accountId: string; accessToken: string };
    },
    close: async () => {
      await app.close();
      await sandbox.close();
      await dropDatabase(process.env.DATABASE_URL as string);
      await deleteRedisKeys(process.env.QUEUE_PREFIX as string);
    },
  };
}
