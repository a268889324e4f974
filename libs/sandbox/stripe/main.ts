import { startStripeSandbox } from './stripe-sandbox';

function list(value: string | undefined): string[] | undefined {
  return value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

async function main(): Promise<void> {
  const env = process.env;
  const sandbox = await startStripeSandbox({
    port: Number(env.STRIPE_SANDBOX_PORT ?? 4030),
    secretKey: env.STRIPE_SANDBOX_SECRET_KEY,
    publishableKey: env.STRIPE_SANDBOX_PUBLISHABLE_KEY,
    clientId: env.STRIPE_SANDBOX_CLIENT_ID,
    webhookSecret: env.STRIPE_SANDBOX_WEBHOOK_SECRET,
    webhookUrl: env.STRIPE_SANDBOX_WEBHOOK_URL,
    redirectUris: list(env.STRIPE_SANDBOX_REDIRECT_URIS),
  });
  const webhooks = sandbox.admin.webhookConfig();
  process.stdout.write(
    [
      `Stripe sandbox on ${sandbox.baseUrl} (new Stripe(key, { host: '${sandbox.host}', port: ${sandbox.port}, protocol: 'http' }))`,
      `  authorize  ${sandbox.authorizeUrl}`,
      `  token      POST ${sandbox.baseUrl}/oauth/token (stripe.oauth.token reaches it)`,
      `  admin      ${sandbox.adminUrl}`,
      `  keys       ${sandbox.secretKey} / ${sandbox.publishableKey}`,
      `  client id  ${sandbox.clientId}`,
      `  webhooks   ${webhooks.url ?? '(none: events are only stored)'} signed with ${sandbox.webhookSecret}`,
      '',
    ].join('\n'),
  );
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
