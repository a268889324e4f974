import { startStripeSandbox } from '../libs/sandbox/stripe';
import { stripeEnvironmentFor } from '../src/sandbox-mode';

/**
 * The Stripe sandbox in a process of its own for bench:payments, as the real Stripe is elsewhere:
 * signing and sending thousands of events must not share the event loop of the Settle process whose
 * answers are timed. Takes the webhook retry delays as JSON in argv; prints Settle's Stripe
 * environment and the admin URL as one JSON line.
 */
async function main(): Promise<void> {
  const webhookRetryDelaysMs = JSON.parse(process.argv[2]) as number[];
  const sandbox = await startStripeSandbox({ webhookRetryDelaysMs });
  process.stdout.write(`${JSON.stringify({ env: stripeEnvironmentFor(sandbox), adminUrl: sandbox.adminUrl })}\n`);
  process.once('SIGTERM', () => void sandbox.close().then(() => process.exit(0)));
}

void main();
