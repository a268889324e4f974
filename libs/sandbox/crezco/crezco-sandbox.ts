import { startSandboxServer } from '../common/sandbox-server';
import { ADMIN_PATH } from './admin/admin.routes';
import { SandboxAdmin } from './admin/sandbox-admin';
import { createSandboxApp } from './sandbox-app';
import { SandboxContext } from './sandbox-context';
import { resolveOptions, type CrezcoSandboxOptions } from './sandbox-options';
import { ONBOARDING_PATH } from './users/onboarding.routes';

export interface CrezcoSandbox {
  /** `http://127.0.0.1:<port>`: the API base (`/v1/…`, as `https://api.sandbox.crezco.com`) and the payer UI (as `https://app.sandbox.crezco.com`). */
  baseUrl: string;
  /** The `X-Crezco-Key` it accepts. */
  apiKey: string;
  /** The `partner_id` onboarding URLs must carry. */
  partnerId: string;
  /** `${baseUrl}/onboarding`: add `?partner_id=…&redirect_uri=…`. */
  onboardingUrl: string;
  adminUrl: string;
  admin: SandboxAdmin;
  close(): Promise<void>;
}

/** Starts the Crezco Collect (v1) simulator on 127.0.0.1 (port 0 = a free one). */
export async function startCrezcoSandbox(options: CrezcoSandboxOptions = {}): Promise<CrezcoSandbox> {
  const resolved = resolveOptions(options);
  const ctx = new SandboxContext(resolved);
  const admin = new SandboxAdmin(ctx);
  const app = createSandboxApp(ctx, admin);
  const server = await startSandboxServer(app, resolved.port, () => ctx.close());
  ctx.baseUrl = server.baseUrl;
  return {
    baseUrl: ctx.baseUrl,
    apiKey: resolved.apiKey,
    partnerId: resolved.partnerId,
    onboardingUrl: `${ctx.baseUrl}${ONBOARDING_PATH}`,
    adminUrl: `${ctx.baseUrl}${ADMIN_PATH}`,
    admin,
    close: server.close,
  };
}
