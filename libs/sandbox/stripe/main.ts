import { envList, runSandboxMain } from '../common/run-sandbox-main';
import { startStripeSandbox } from './stripe-sandbox';

const env = process.env;
runSandboxMain(
  () =>
    startStripeSandbox({
      port: Number(env.STRIPE_SANDBOX_PORT ?? 4030),
      secretKey: env.STRIPE_SANDBOX_SECRET_KEY,
      publishableKey: env.STRIPE_SANDBOX_PUBLISHABLE_KEY,
      clientId: env.STRIPE_SANDBOX_CLIENT_ID,
      webhookSecret: env.STRIPE_SANDBOX_WEBHOOK_SECRET,
      webhookUrl: env.STRIPE_SANDBOX_WEBHOOK_URL,
      redirectUris: envList(env.STRIPE_SANDBOX_REDIRECT_URIS),
    }),
  (sandbox) => {
    const webhooks = sandbox.admin.webhookConfig();
    return [
      `Stripe sandbox on ${sandbox.baseUrl} (new Stripe(key, { host: '${sandbox.host}', port: ${sandbox.port}, protocol: 'http' }))`,
      `  authorize  ${sandbox.authorizeUrl}`,
      `  token      POST ${sandbox.baseUrl}/oauth/token (stripe.oauth.token reaches it)`,
      `  admin      ${sandbox.adminUrl}`,
      `  keys       ${sandbox.secretKey} / ${sandbox.publishableKey}`,
      `  client id  ${sandbox.clientId}`,
      `  webhooks   ${webhooks.url ?? '(none: events are only stored)'} signed with ${sandbox.webhookSecret}`,
    ];
  },
);
