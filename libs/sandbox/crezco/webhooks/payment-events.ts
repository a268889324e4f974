import type { CrezcoPaymentStatusCode, CrezcoWebhookEvent } from '../../../crezco';
import type { PayDemandRecord } from '../pay-demands/pay-demands';
import type { PaymentRecord } from '../payments/payment-service';
import type { ResolvedSandboxOptions } from '../sandbox-options';

/** The event a status raises, if any: none for Authorised, PaymentAccepted only when asked (T). */
export function eventTypeFor(status: CrezcoPaymentStatusCode, options: ResolvedSandboxOptions): string | undefined {
  switch (status) {
    case 'New':
      return 'PaymentPending';
    case 'Accepted':
      return options.acceptedEvents ? 'PaymentAccepted' : undefined;
    case 'Completed':
      return 'PaymentCompleted';
    case 'Authorised':
      return undefined;
    default:
      return 'PaymentFailed';
  }
}

export interface EventFields {
  eventType: string;
  paymentId: string;
  payDemandId: string;
  partnerMetadata: Record<string, string>;
}

/** One event as Crezco posts it (docs sample and Crezco's code; see options for the disputed fields). */
export function webhookEvent(fields: EventFields, options: ResolvedSandboxOptions): CrezcoWebhookEvent {
  return {
    type: 'Payment',
    eventType: fields.eventType,
    id: options.webhookEventId === 'payment' ? fields.paymentId : fields.payDemandId,
    metadata: { payDemandId: fields.payDemandId },
    partnerMetadata: options.partnerMetadata === 'echo' ? { ...fields.partnerMetadata } : {},
    timestamp: new Date().toISOString().replace('Z', '0000Z'),
  };
}

export function paymentEvent(
  eventType: string,
  payment: PaymentRecord,
  demand: PayDemandRecord,
  options: ResolvedSandboxOptions,
): CrezcoWebhookEvent {
  return webhookEvent(
    {
      eventType,
      paymentId: payment.id,
      payDemandId: demand.demand.payDemandId,
      partnerMetadata: demand.demand.metadata,
    },
    options,
  );
}
