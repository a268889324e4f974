import { Logger } from '@nestjs/common';
import { generateCompany } from '../libs/sandbox/quickbooks/generator';
import { startCrezcoSandbox, type CrezcoSandbox } from '../libs/sandbox/crezco';
import { startQuickBooksSandbox, type QuickBooksSandbox } from '../libs/sandbox/quickbooks';
import { startStripeSandbox, type StripeSandbox } from '../libs/sandbox/stripe';
import { startVonageSandbox, type VonageSandbox } from '../libs/sandbox/vonage';
import { validateQuickBooksEnvironment } from './modules/integration/infrastructure/quickbooks.config';
import { validateVonageEnvironment } from './modules/messaging/infrastructure/messaging.config';
import { validateCrezcoEnvironment } from './modules/payments/infrastructure/crezco/crezco.config';
import { validateStripeEnvironment } from './modules/payments/infrastructure/payments.config';
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

/** The environment Settle's Vonage adapter needs, from a running Vonage sandbox. */
export function vonageEnvironmentFor(sandbox: VonageSandbox): Record<string, string> {
  return {
    VONAGE_API_KEY: sandbox.apiKey,
    VONAGE_API_SECRET: sandbox.apiSecret,
    VONAGE_SIGNATURE_SECRET: sandbox.signatureSecret,
    VONAGE_SIGNATURE_METHOD: sandbox.signatureMethod,
    VONAGE_API_BASE_URL: sandbox.baseUrl,
    VONAGE_DEFAULT_SENDER: sandbox.virtualNumbers[0],
  };
}

/** The environment Settle's Stripe adapter needs, from a running Stripe sandbox. */
export function stripeEnvironmentFor(sandbox: StripeSandbox): Record<string, string> {
  return {
    STRIPE_SECRET_KEY: sandbox.secretKey,
    STRIPE_CLIENT_ID: sandbox.clientId,
    STRIPE_WEBHOOK_SECRET: sandbox.webhookSecret,
    STRIPE_API_BASE_URL: sandbox.baseUrl,
    STRIPE_CONNECT_BASE_URL: sandbox.baseUrl,
  };
}

/** The environment Settle's Crezco adapter needs, from a running Crezco sandbox (API and payer pages on one origin). */
export function crezcoEnvironmentFor(sandbox: CrezcoSandbox): Record<string, string> {
  return {
    CREZCO_API_KEY: sandbox.apiKey,
    CREZCO_PARTNER_ID: sandbox.partnerId,
    CREZCO_API_BASE_URL: sandbox.baseUrl,
    CREZCO_ONBOARDING_URL: sandbox.onboardingUrl,
  };
}

export interface SandboxProviders {
  quickbooks: QuickBooksSandbox | null;
  vonage: VonageSandbox | null;
  stripe: StripeSandbox | null;
  crezco: CrezcoSandbox | null;
}

/**
 * Each provider left unconfigured runs as its local sandbox beside the app, and its settings point
 * at it. Only for ROLE=all: split roles would each start their own sandbox.
 */
export async function startSandboxModeIfUnconfigured(env: Environment): Promise<SandboxProviders> {
  return {
    quickbooks: await startQuickBooksSandboxIfUnconfigured(env),
    vonage: await startVonageSandboxIfUnconfigured(env),
    stripe: await startStripeSandboxIfUnconfigured(env),
    crezco: await startCrezcoSandboxIfUnconfigured(env),
  };
}

function refuseSplitRoles(env: Environment, missing: string, provider: string): void {
  if (env.ROLE !== 'all') {
    throw new Error(`${missing} is not set: configure ${provider}, or run ROLE=all for the local sandbox`);
  }
}

/**
 * With no QuickBooks app configured, a generated sample company is served by the local QuickBooks
 * sandbox. Integration checks its QBO_* variables first, so a missing or malformed one stops the
 * start here, by name.
 */
async function startQuickBooksSandboxIfUnconfigured(env: Environment): Promise<QuickBooksSandbox | null> {
  const quickbooks = validateQuickBooksEnvironment(process.env);
  if (quickbooks.QBO_CLIENT_ID) return null;
  refuseSplitRoles(env, 'QBO_CLIENT_ID', 'a QuickBooks app');
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

/** With no Vonage key, texts go to the local Vonage sandbox, whose phone page shows them arrive. */
async function startVonageSandboxIfUnconfigured(env: Environment): Promise<VonageSandbox | null> {
  const vonage = validateVonageEnvironment(process.env);
  if (vonage.VONAGE_API_KEY) return null;
  refuseSplitRoles(env, 'VONAGE_API_KEY', 'a Vonage account');
  const publicUrl = env.PUBLIC_URL.replace(/\/$/, '');
  const sandbox = await startVonageSandbox({
    port: vonage.VONAGE_SANDBOX_PORT,
    deliveryReceiptUrl: `${publicUrl}/webhooks/vonage/delivery-receipts`,
    inboundUrl: `${publicUrl}/webhooks/vonage/inbound`,
    signWebhooks: true,
    signatureMethod: 'sha256',
  });
  Object.assign(process.env, vonageEnvironmentFor(sandbox));
  new Logger('SandboxMode').log(
    `No Vonage account configured: texts go to the Vonage sandbox at ${sandbox.baseUrl}; ` +
      `see them arrive on its phone page, ${sandbox.phones}. Set VONAGE_API_KEY and VONAGE_API_SECRET to send real texts.`,
  );
  return sandbox;
}

/**
 * With no Stripe platform configured, a local Stripe takes card payments: a business connects to
 * it from Settle as to Stripe (nothing is connected by itself), and its checkout page takes the
 * test cards (4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined).
 */
async function startStripeSandboxIfUnconfigured(env: Environment): Promise<StripeSandbox | null> {
  const stripe = validateStripeEnvironment(process.env);
  if (stripe.STRIPE_SECRET_KEY) return null;
  refuseSplitRoles(env, 'STRIPE_SECRET_KEY', 'a Stripe platform');
  const publicUrl = env.PUBLIC_URL.replace(/\/$/, '');
  const sandbox = await startStripeSandbox({
    port: stripe.STRIPE_SANDBOX_PORT,
    webhookUrl: `${publicUrl}/webhooks/stripe`,
  });
  Object.assign(process.env, stripeEnvironmentFor(sandbox));
  new Logger('SandboxMode').log(
    `No Stripe platform configured: card payments go to the Stripe sandbox at ${sandbox.baseUrl} ` +
      '(connect it from POST /api/v1/integrations/stripe/connect). Set STRIPE_SECRET_KEY, STRIPE_CLIENT_ID and ' +
      'STRIPE_WEBHOOK_SECRET for a real Stripe platform.',
  );
  return sandbox;
}

/**
 * With no Crezco partner configured, a local Crezco takes bank payments: a business connects to it
 * from Settle as to Crezco (its onboarding page), and its mock bank approves, cancels or declines.
 */
async function startCrezcoSandboxIfUnconfigured(env: Environment): Promise<CrezcoSandbox | null> {
  const crezco = validateCrezcoEnvironment(process.env);
  if (crezco.CREZCO_API_KEY) return null;
  refuseSplitRoles(env, 'CREZCO_API_KEY', 'a Crezco partner');
  const publicUrl = env.PUBLIC_URL.replace(/\/$/, '');
  const sandbox = await startCrezcoSandbox({
    port: crezco.CREZCO_SANDBOX_PORT,
    webhookUrl: `${publicUrl}/webhooks/crezco`,
  });
  Object.assign(process.env, crezcoEnvironmentFor(sandbox));
  new Logger('SandboxMode').log(
    `No Crezco partner configured: bank payments go to the Crezco sandbox at ${sandbox.baseUrl} ` +
      '(connect it from POST /api/v1/integrations/crezco/connect; its mock bank needs no login). ' +
      'Set CREZCO_API_KEY and CREZCO_PARTNER_ID for a real Crezco partner.',
  );
  return sandbox;
}
