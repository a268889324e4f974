/** The JSON the sandbox serves, trimmed to what Settle reads (shapes from Stripe's OpenAPI fixtures). */
export type Metadata = Record<string, string>;

export interface Account {
  id: string;
  object: 'account';
  type: 'standard';
  business_profile: { name: string; url: string | null; support_email: string | null };
  business_type: 'company';
  capabilities: { card_payments: 'active' | 'inactive'; transfers: 'active' | 'inactive' };
  charges_enabled: boolean;
  payouts_enabled: boolean;
  details_submitted: boolean;
  country: string;
  default_currency: string;
  email: string | null;
  created: number;
  metadata: Metadata;
  settings: { dashboard: { display_name: string; timezone: string } };
}

export interface CustomerDetails {
  email: string | null;
  name: string | null;
  phone: null;
  address: {
    city: null;
    country: string | null;
    line1: null;
    line2: null;
    postal_code: string | null;
    state: null;
  };
  tax_exempt: 'none';
  tax_ids: [];
}

export type SessionStatus = 'open' | 'complete' | 'expired';
export type SessionPaymentStatus = 'paid' | 'unpaid' | 'no_payment_required';

export interface CheckoutSession {
  id: string;
  object: 'checkout.session';
  mode: 'payment';
  status: SessionStatus;
  payment_status: SessionPaymentStatus;
  amount_subtotal: number;
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  metadata: Metadata;
  payment_intent: string | PaymentIntent | null;
  customer: null;
  customer_creation: 'if_required';
  customer_email: string | null;
  customer_details: CustomerDetails | null;
  created: number;
  expires_at: number;
  livemode: false;
  locale: string | null;
  payment_method_types: string[];
  success_url: string | null;
  cancel_url: string | null;
  ui_mode: 'hosted_page';
  url: string | null;
}

export type PaymentIntentStatus = 'requires_payment_method' | 'processing' | 'succeeded' | 'canceled';

export interface PaymentError {
  type: 'card_error' | 'invalid_request_error';
  code: string;
  decline_code?: string;
  message: string;
  charge?: string;
  payment_method_type: string;
}

export interface PaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_capturable: 0;
  amount_received: number;
  currency: string;
  status: PaymentIntentStatus;
  latest_charge: string | Charge | null;
  metadata: Metadata;
  description: string | null;
  payment_method: string | null;
  payment_method_types: string[];
  last_payment_error: PaymentError | null;
  capture_method: 'automatic_async';
  client_secret: string;
  canceled_at: number | null;
  created: number;
  livemode: false;
}

export type ChargeStatus = 'succeeded' | 'pending' | 'failed';

export interface Charge {
  id: string;
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  currency: string;
  status: ChargeStatus;
  paid: boolean;
  captured: boolean;
  refunded: boolean;
  payment_intent: string;
  payment_method: string;
  payment_method_details:
    | { type: 'card'; card: { brand: string; last4: string; exp_month: number; exp_year: number; country: string } }
    | { type: string };
  billing_details: { email: string | null; name: string | null };
  failure_code: string | null;
  failure_message: string | null;
  outcome: { network_status: string; reason: string | null; seller_message: string; type: string };
  metadata: Metadata;
  balance_transaction: null;
  created: number;
  livemode: false;
}

export interface Refund {
  id: string;
  object: 'refund';
  amount: number;
  charge: string;
  payment_intent: string;
  currency: string;
  status: 'succeeded';
  reason: string | null;
  metadata: Metadata;
  created: number;
}

export interface StripeEvent {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  data: { object: object; previous_attributes?: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
  /** Only on events of connected accounts. */
  account?: string;
}
