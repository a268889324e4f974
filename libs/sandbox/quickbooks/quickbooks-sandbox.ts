import { startSandboxServer } from '../common/sandbox-server';
import { ADMIN_PATH } from './admin/admin.routes';
import { QuickBooksUser } from './admin/quickbooks-user';
import { SandboxAdmin } from './admin/sandbox-admin';
import { AUTHORIZE_PATH } from './oauth/authorize.route';
import { REVOKE_PATH } from './oauth/revoke.route';
import { TOKEN_PATH } from './oauth/token.route';
import { USERINFO_PATH } from './oauth/userinfo.route';
import { createSandboxApp } from './sandbox-app';
import { SandboxContext } from './sandbox-context';
import { resolveOptions, type QuickBooksSandboxOptions } from './sandbox-options';

export interface QuickBooksSandbox {
  /** `http://127.0.0.1:<port>`. */
  baseUrl: string;
  /** Host part of the Accounting API; Settle appends `/v3/company/{realmId}/...`. */
  apiBaseUrl: string;
  /** The four URLs to give intuit-oauth's setAuthorizeURLs. */
  authorizeUrl: string;
  tokenUrl: string;
  revokeUrl: string;
  userInfoUrl: string;
  adminUrl: string;
  clientId: string;
  clientSecret: string;
  verifierToken: string;
  /** The knobs of the /admin endpoint. */
  admin: SandboxAdmin;
  /** Edits as a QuickBooks user would make them (they fire webhooks). */
  user: QuickBooksUser;
  close(): Promise<void>;
}

/** Starts the QuickBooks Online simulator on 127.0.0.1 (port 0 = a free one). */
export async function startQuickBooksSandbox(options: QuickBooksSandboxOptions = {}): Promise<QuickBooksSandbox> {
  const resolved = resolveOptions(options);
  const ctx = new SandboxContext(resolved);
  const admin = new SandboxAdmin(ctx);
  const user = new QuickBooksUser(ctx);
  const app = createSandboxApp(ctx, admin, user);
  const server = await startSandboxServer(app, resolved.port, () => ctx.webhooks.close());
  const baseUrl = server.baseUrl;
  return {
    baseUrl,
    apiBaseUrl: baseUrl,
    authorizeUrl: `${baseUrl}${AUTHORIZE_PATH}`,
    tokenUrl: `${baseUrl}${TOKEN_PATH}`,
    revokeUrl: `${baseUrl}${REVOKE_PATH}`,
    userInfoUrl: `${baseUrl}${USERINFO_PATH}`,
    adminUrl: `${baseUrl}${ADMIN_PATH}`,
    clientId: resolved.clientId,
    clientSecret: resolved.clientSecret,
    verifierToken: resolved.webhookVerifierToken,
    admin,
    user,
    close: server.close,
  };
}
