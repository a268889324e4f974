import { Logger } from '@nestjs/common';
import { generateCompany } from '../libs/sandbox/quickbooks/generator';
import { startQuickBooksSandbox, type QuickBooksSandbox } from '../libs/sandbox/quickbooks';
import { validateQuickBooksEnvironment } from './modules/integration/infrastructure/quickbooks.config';
import type { Environment } from './platform/config/environment';

const SAMPLE = { seed: 'settle-demo', customers: 200, invoices: 1000 };

/** The environment a QuickBooks-compatible endpoint needs Settle to have, from a running sandbox. */
export function quickbooksEnvironmentFor(sandbox: QuickBooksSandbox): Record<string, string> {
  return {
    QBO_CLIENT_ID: sandbox.clientId,
    QBO_CLIENT_SECRET: sandbox.clientSecret,
    QBO_WEBHOOK_VERIFIER_TOKEN: sandbox.verifierToken,
    QBO_ENVIRONMENT: 'sandbox',
    QBO_API_BASE_URL: sandbox.apiBaseUrl,
    QBO_AUTHORIZE_URL: sandbox.authorizeUrl,
    QBO_TOKEN_URL: sandbox.tokenUrl,
    QBO_REVOKE_URL: sandbox.revokeUrl,
    QBO_USERINFO_URL: sandbox.userInfoUrl,
  };
}

/**
 * With no QuickBooks app configured, Settle runs against the local QuickBooks sandbox: it starts
 * beside the app with a generated sample company, and every QBO_* endpoint points at it. Only for
 * ROLE=all: split roles would each start their own sandbox. Integration checks its QBO_* variables
 * first, so a missing or malformed one stops the start here, by name.
 */
export async function startSandboxModeIfUnconfigured(env: Environment): Promise<QuickBooksSandbox | null> {
  const quickbooks = validateQuickBooksEnvironment(process.env);
  if (quickbooks.QBO_CLIENT_ID) return null;
  if (env.ROLE !== 'all') {
    throw new Error('QBO_CLIENT_ID is not set: configure a QuickBooks app, or run ROLE=all for the local sandbox');
  }
  const publicUrl = env.PUBLIC_URL.replace(/\/$/, '');
  const sandbox = await startQuickBooksSandbox({
    port: quickbooks.QBO_SANDBOX_PORT,
    webhookUrl: `${publicUrl}/webhooks/quickbooks`,
    companies: [generateCompany(SAMPLE)],
  });
  Object.assign(process.env, quickbooksEnvironmentFor(sandbox));
  const [company] = sandbox.admin.companies();
  new Logger('SandboxMode').log(
    `No QuickBooks app configured: SANDBOX MODE. QuickBooks sandbox at ${sandbox.baseUrl} with "${company.companyName}" ` +
      `(realm ${company.realmId}, ${company.counts.Customer} customers, ${company.counts.Invoice} invoices). ` +
      'Set QBO_CLIENT_ID, QBO_CLIENT_SECRET and QBO_WEBHOOK_VERIFIER_TOKEN to use a real Intuit app.',
  );
  return sandbox;
}
