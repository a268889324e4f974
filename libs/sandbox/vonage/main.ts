import { runSandboxMain } from '../common/run-sandbox-main';
import { VONAGE_SIGNATURE_METHODS, type VonageSignatureMethod } from '../../vonage';
import { startVonageSandbox } from './vonage-sandbox';

function signatureMethod(): VonageSignatureMethod | undefined {
  const method = process.env.VONAGE_SANDBOX_SIGNATURE_METHOD;
  if (method === undefined) return undefined;
  const known = VONAGE_SIGNATURE_METHODS.find((candidate) => candidate === method);
  if (!known) throw new Error(`VONAGE_SANDBOX_SIGNATURE_METHOD must be one of ${VONAGE_SIGNATURE_METHODS.join(', ')}`);
  return known;
}

const env = process.env;
runSandboxMain(
  () =>
    startVonageSandbox({
      port: Number(env.VONAGE_SANDBOX_PORT ?? 4020),
      apiKey: env.VONAGE_SANDBOX_API_KEY,
      apiSecret: env.VONAGE_SANDBOX_API_SECRET,
      signatureSecret: env.VONAGE_SANDBOX_SIGNATURE_SECRET,
      signatureMethod: signatureMethod(),
      signWebhooks: env.VONAGE_SANDBOX_SIGN_WEBHOOKS === 'true',
      deliveryReceiptUrl: env.VONAGE_SANDBOX_DLR_URL,
      inboundUrl: env.VONAGE_SANDBOX_INBOUND_URL,
      virtualNumbers: env.VONAGE_SANDBOX_NUMBERS?.split(',').map((number) => number.trim()),
    }),
  (sandbox) => {
    const config = sandbox.admin.config();
    return [
      `Vonage sandbox on ${sandbox.baseUrl} (the SDK's restHost)`,
      `  send SMS    POST ${sandbox.smsUrl}`,
      `  phones      ${sandbox.phones}`,
      `  admin       ${sandbox.adminUrl}`,
      `  api key     ${sandbox.apiKey} / secret ${sandbox.apiSecret}`,
      `  signatures  ${config.signWebhooks ? `on, ${config.signatureMethod} with ${sandbox.signatureSecret}` : 'off'}`,
      `  receipts    ${config.deliveryReceiptUrl ?? '(only to each message callback)'} as ${config.receiptFormat}`,
      `  inbound     ${config.inboundUrl ?? '(none)'} as ${config.inboundFormat}`,
      `  numbers     ${sandbox.virtualNumbers.join(', ')}`,
    ];
  },
);
