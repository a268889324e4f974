import { startSandboxServer } from '../common/sandbox-server';
import { ADMIN_PATH } from './admin/admin.routes';
import { SandboxAdmin } from './admin/sandbox-admin';
import { AUTHORIZE_PATH } from './connect/authorize.route';
import { createSandboxApp } from './sandbox-app';
import { SandboxContext } from './sandbox-context';
import { resolveOptions, type StripeSandboxOptions } from './sandbox-options';

export interface StripeSandbox {
  /** `http://127.0.0.1:<port>`: the API (`/v1`), Connect OAuth (`/oauth`), the hosted pages and `/admin`. */
  baseUrl: string;
  /** What to give `new Stripe(secretKey, { host, port, protocol })`. */
  host: string;
  port: number;
  protocol: 'http';
  /** Where Settle sends a business to connect (build the query itself: the SDK's authorizeUrl cannot point here). */
  authorizeUrl: string;
  adminUrl: string;
  secretKey: string;
  publishableKey: string;
  clientId: string;
  webhookSecret: string;
  admin: SandboxAdmin;
  /** The hosted checkout page of a session (what `session.url` holds while it is open). */
  checkoutPageUrl(sessionId: string): string;
  close(): Promise<void>;
}

/** How often open sessions are checked against their `expires_at`. */
const EXPIRY_SWEEP_MS = 1000;

/** Starts the Stripe simulator on 127.0.0.1 (port 0 = a free one). It connects nothing by itself. */
export async function startStripeSandbox(options: StripeSandboxOptions = {}): Promise<StripeSandbox> {
  const resolved = resolveOptions(options);
  const ctx = new SandboxContext(resolved);
  const admin = new SandboxAdmin(ctx);
  const app = createSandboxApp(ctx, admin);
  const server = await startSandboxServer(app, resolved.port, async () => {
    clearInterval(sweep);
    await ctx.dispatcher.close();
  });
  ctx.baseUrl = server.baseUrl;
  const sweep = setInterval(() => ctx.checkout.expireDue(), EXPIRY_SWEEP_MS).unref();
  return {
    baseUrl: ctx.baseUrl,
    host: '127.0.0.1',
    port: server.port,
    protocol: 'http',
    authorizeUrl: `${ctx.baseUrl}${AUTHORIZE_PATH}`,
    adminUrl: `${ctx.baseUrl}${ADMIN_PATH}`,
    secretKey: resolved.secretKey,
    publishableKey: resolved.publishableKey,
    clientId: resolved.clientId,
    webhookSecret: resolved.webhookSecret,
    admin,
    checkoutPageUrl: (sessionId) => ctx.checkoutPageUrl(sessionId),
    close: server.close,
  };
}
