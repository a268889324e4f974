import { startSandboxServer } from '../common/sandbox-server';
import type { VonageSignatureMethod } from '../../vonage';
import { ADMIN_PATH } from './admin/admin.routes';
import { SandboxAdmin } from './admin/sandbox-admin';
import { PHONES_PATH } from './phones/phone-page';
import { createSandboxApp } from './sandbox-app';
import { SandboxContext } from './sandbox-context';
import { resolveOptions, type VonageSandboxOptions } from './sandbox-options';
import { SEND_SMS_PATH } from './sms/send-sms.route';

export interface VonageSandbox {
  /** `http://127.0.0.1:<port>`: the SDK's `restHost`. */
  baseUrl: string;
  /** `${baseUrl}/sms/json`. */
  smsUrl: string;
  adminUrl: string;
  /** The phone page (HTML): every number's texts. */
  phones: string;
  apiKey: string;
  apiSecret: string;
  signatureSecret: string;
  /** The method at start; `admin.configure` may change it. */
  signatureMethod: VonageSignatureMethod;
  virtualNumbers: string[];
  /** The knobs of the /admin endpoint. */
  admin: SandboxAdmin;
  close(): Promise<void>;
}

/** Starts the Vonage SMS API simulator on 127.0.0.1 (port 0 = a free one). */
export async function startVonageSandbox(options: VonageSandboxOptions = {}): Promise<VonageSandbox> {
  const resolved = resolveOptions(options);
  const ctx = new SandboxContext(resolved);
  const admin = new SandboxAdmin(ctx);
  const app = createSandboxApp(ctx, admin);
  const server = await startSandboxServer(app, resolved.port, () => ctx.close());
  const baseUrl = server.baseUrl;
  return {
    baseUrl,
    smsUrl: `${baseUrl}${SEND_SMS_PATH}`,
    adminUrl: `${baseUrl}${ADMIN_PATH}`,
    phones: `${baseUrl}${PHONES_PATH}`,
    apiKey: resolved.apiKey,
    apiSecret: resolved.apiSecret,
    signatureSecret: resolved.signatureSecret,
    signatureMethod: resolved.webhooks.signatureMethod,
    virtualNumbers: [...resolved.virtualNumbers],
    admin,
    close: server.close,
  };
}
