import type { CrezcoWebhookEvent } from '../../../crezco';
import { startWebhookReceiver, type WebhookReceiver } from '../../common/testing/webhook-receiver';

export interface CrezcoWebhookReceiver extends WebhookReceiver {
  /** Every event received, flattened from the JSON arrays (or bare objects) posted. */
  events(): CrezcoWebhookEvent[];
}

/** The shared test receiver, reading Crezco's deliveries (arrays of events) back. */
export async function startCrezcoWebhookReceiver(path = '/webhooks/crezco'): Promise<CrezcoWebhookReceiver> {
  const receiver = await startWebhookReceiver(path);
  return {
    ...receiver,
    events: () =>
      receiver.received.flatMap((r) => {
        const parsed = JSON.parse(r.rawBody) as CrezcoWebhookEvent | CrezcoWebhookEvent[];
        return Array.isArray(parsed) ? parsed : [parsed];
      }),
  };
}
