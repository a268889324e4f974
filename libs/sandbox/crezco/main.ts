import { runSandboxMain } from '../common/run-sandbox-main';
import { startCrezcoSandbox } from './crezco-sandbox';

const env = process.env;
runSandboxMain(
  () =>
    startCrezcoSandbox({
      port: Number(env.CREZCO_SANDBOX_PORT ?? 4040),
      apiKey: env.CREZCO_SANDBOX_API_KEY,
      partnerId: env.CREZCO_SANDBOX_PARTNER_ID,
      webhookUrl: env.CREZCO_SANDBOX_WEBHOOK_URL,
      currencies: env.CREZCO_SANDBOX_CURRENCIES?.split(',').map((currency) => currency.trim()),
    }),
  (sandbox) => {
    const subscriptions = sandbox.admin.subscriptions();
    return [
      `Crezco sandbox on ${sandbox.baseUrl} (API base and payer UI)`,
      `  onboarding  ${sandbox.onboardingUrl}?partner_id=${sandbox.partnerId}&redirect_uri=…`,
      `  admin       ${sandbox.adminUrl}`,
      `  api key     X-Crezco-Key: ${sandbox.apiKey}`,
      `  webhooks    ${subscriptions.map((s) => `${s.callback} (${s.eventType})`).join(', ') || '(none: register with POST /v1/webhooks)'}`,
    ];
  },
);
