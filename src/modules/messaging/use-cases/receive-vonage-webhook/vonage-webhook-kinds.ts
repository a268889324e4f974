/** The inbox providers of Vonage's two webhooks. */
export const VONAGE_RECEIPT_PROVIDER = 'vonage-delivery-receipt';
export const VONAGE_INBOUND_PROVIDER = 'vonage-inbound';

export type VonageWebhookKind = 'delivery-receipt' | 'inbound';
