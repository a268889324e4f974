import { isSupportedCurrency } from '../../../money';
import { STRIPE_MINIMUM_CHARGE, stripeAmountProblem } from '../../../stripe';
import type { FormHash, FormValue } from '../http/form-body';
import {
  metadataOf,
  onlyKnown,
  optionalArray,
  optionalHash,
  optionalInteger,
  optionalString,
  requiredString,
  stringArray,
} from '../http/params';
import { stripeErrors } from '../http/stripe-error';
import { formatAmount } from './amount-format';

export interface LineItem {
  name: string;
  description: string | null;
  unitAmount: number;
  quantity: number;
  amount: number;
}

/** A valid `checkout.sessions.create` request, read from the form. */
export interface SessionInput {
  lineItems: LineItem[];
  currency: string;
  amountTotal: number;
  metadata: Record<string, string>;
  intentMetadata: Record<string, string>;
  intentDescription: string | null;
  clientReferenceId: string | null;
  customerEmail: string | null;
  expiresAt: number;
  successUrl: string | null;
  cancelUrl: string | null;
  locale: string | null;
  paymentMethodTypes: string[];
  expand: string[];
}

const CREATE_PARAMS = [
  'mode',
  'line_items',
  'success_url',
  'cancel_url',
  'client_reference_id',
  'metadata',
  'payment_intent_data',
  'customer_email',
  'expires_at',
  'payment_method_types',
  'allowed_payment_method_types',
  'locale',
  'ui_mode',
  'customer_creation',
  'submit_type',
  'billing_address_collection',
  'expand',
] as const;

const PAYMENT_INTENT_DATA_PARAMS = [
  'metadata',
  'description',
  'receipt_email',
  'statement_descriptor',
  'statement_descriptor_suffix',
  'capture_method',
  'setup_future_usage',
  'transfer_group',
] as const;

/** Card plus one delayed ("pays later") method where the currency has a bank debit. */
export const DELAYED_METHOD_BY_CURRENCY: Readonly<Record<string, string>> = {
  gbp: 'bacs_debit',
  eur: 'sepa_debit',
  usd: 'us_bank_account',
};

const KNOWN_METHODS = ['card', 'bacs_debit', 'sepa_debit', 'us_bank_account'];

const MIN_EXPIRY_SECONDS = 30 * 60;
const MAX_EXPIRY_SECONDS = 24 * 60 * 60;

function url(value: FormValue | undefined, param: string): string | null {
  const text = optionalString(value, param);
  if (text === undefined || text === '') return null;
  if (!/^https?:\/\/[^\s]+$/.test(text)) throw stripeErrors.invalidParam(param, 'Not a valid URL', 'url_invalid');
  return text;
}

function lineItem(value: FormValue, index: number): LineItem & { currency: string } {
  const param = `line_items[${index}]`;
  const item = optionalHash(value, param) ?? {};
  onlyKnown(item, ['price_data', 'quantity', 'price', 'adjustable_quantity'], param);
  if (item.price !== undefined) throw stripeErrors.resourceMissing('price', String(item.price), `${param}[price]`);
  const priceParam = `${param}[price_data]`;
  const price = optionalHash(item.price_data, priceParam);
  if (!price) throw stripeErrors.parameterMissing(priceParam);
  onlyKnown(
    price,
    ['currency', 'unit_amount', 'unit_amount_decimal', 'product_data', 'product', 'tax_behavior'],
    priceParam,
  );
  const currency = requiredString(price.currency, `${priceParam}[currency]`).toLowerCase();
  if (!/^[a-z]{3}$/.test(currency) || !isSupportedCurrency(currency.toUpperCase()))
    throw stripeErrors.invalidParam(`${priceParam}[currency]`, `Invalid currency: ${currency}.`);
  const unitAmount = unitAmountOf(price, priceParam);
  const amountProblem = stripeAmountProblem(currency, unitAmount);
  if (amountProblem)
    throw stripeErrors.invalidParam(`${priceParam}[unit_amount]`, `Invalid amount: unit_amount ${amountProblem}.`);
  const productParam = `${priceParam}[product_data]`;
  if (price.product !== undefined)
    throw stripeErrors.resourceMissing('product', String(price.product), `${priceParam}[product]`);
  const product = optionalHash(price.product_data, productParam);
  if (!product) throw stripeErrors.parameterMissing(productParam);
  onlyKnown(product, ['name', 'description', 'images', 'metadata', 'tax_code'], productParam);
  const quantity = optionalInteger(item.quantity, `${param}[quantity]`);
  if (quantity === undefined) throw stripeErrors.parameterMissing(`${param}[quantity]`);
  if (quantity < 1) throw stripeErrors.invalidParam(`${param}[quantity]`, 'Quantity must be at least 1.');
  return {
    name: requiredString(product.name, `${productParam}[name]`),
    description: optionalString(product.description, `${productParam}[description]`) ?? null,
    unitAmount,
    quantity,
    amount: unitAmount * quantity,
    currency,
  };
}

function unitAmountOf(price: FormHash, priceParam: string): number {
  const whole = optionalInteger(price.unit_amount, `${priceParam}[unit_amount]`);
  const decimal = optionalString(price.unit_amount_decimal, `${priceParam}[unit_amount_decimal]`);
  if (whole !== undefined && decimal !== undefined)
    throw stripeErrors.invalidParam(
      `${priceParam}[unit_amount]`,
      'You may only specify one of these parameters: unit_amount, unit_amount_decimal.',
    );
  if (whole !== undefined) return whole;
  if (decimal === undefined) throw stripeErrors.parameterMissing(`${priceParam}[unit_amount]`);
  if (!/^\d+(\.\d{1,12})?$/.test(decimal))
    throw stripeErrors.invalidParam(`${priceParam}[unit_amount_decimal]`, `Invalid decimal: ${decimal}`);
  if (!Number.isInteger(Number(decimal)))
    throw stripeErrors.invalidParam(
      `${priceParam}[unit_amount_decimal]`,
      'The sandbox only takes unit_amount_decimal that is a whole number of minor units.',
    );
  return Number(decimal);
}

function paymentMethodTypes(form: FormHash, currency: string): string[] {
  const param =
    form.allowed_payment_method_types !== undefined ? 'allowed_payment_method_types' : 'payment_method_types';
  const asked = stringArray(form[param], param);
  for (const [index, type] of asked.entries()) {
    if (!KNOWN_METHODS.includes(type))
      throw stripeErrors.invalidParam(
        `${param}[${index}]`,
        `Invalid ${param}[${index}]: must be one of ${KNOWN_METHODS.join(', ')}`,
      );
  }
  const offered = ['card', ...(DELAYED_METHOD_BY_CURRENCY[currency] ? [DELAYED_METHOD_BY_CURRENCY[currency]] : [])];
  return asked.length > 0 ? asked : offered;
}

/** Reads and checks a create request as Stripe would; `now` is the creation time in unix seconds. */
export function readSessionInput(form: FormHash, now: number): SessionInput {
  onlyKnown(form, CREATE_PARAMS);
  const mode = requiredString(form.mode, 'mode');
  if (mode !== 'payment')
    throw stripeErrors.invalidParam('mode', `The sandbox only simulates mode=payment (got ${mode}).`);
  const uiMode = optionalString(form.ui_mode, 'ui_mode');
  if (uiMode !== undefined && uiMode !== 'hosted_page' && uiMode !== 'hosted')
    throw stripeErrors.invalidParam('ui_mode', `The sandbox only simulates the hosted page (got ui_mode=${uiMode}).`);
  const rawItems = optionalArray(form.line_items, 'line_items');
  if (!rawItems || rawItems.length === 0) throw stripeErrors.parameterMissing('line_items');
  if (rawItems.length > 100)
    throw stripeErrors.invalidParam('line_items', 'You may only specify up to 100 line items in payment mode.');
  const items = rawItems.map(lineItem);
  const currency = items[0].currency;
  if (items.some((item) => item.currency !== currency))
    throw stripeErrors.invalidParam('line_items', 'All line items must have the same currency.');
  const amountTotal = items.reduce((sum, item) => sum + item.amount, 0);
  const minimum = STRIPE_MINIMUM_CHARGE.get(currency);
  if (minimum !== undefined && amountTotal < minimum)
    throw stripeErrors.amountTooSmall(
      'line_items',
      `The Checkout Session's total amount due must add up to at least ${formatAmount(minimum, currency)} ${currency}`,
    );
  const intentParam = 'payment_intent_data';
  const intentData = optionalHash(form.payment_intent_data, intentParam) ?? {};
  onlyKnown(intentData, PAYMENT_INTENT_DATA_PARAMS, intentParam);
  const expiresAt = optionalInteger(form.expires_at, 'expires_at') ?? now + MAX_EXPIRY_SECONDS;
  if (expiresAt < now + MIN_EXPIRY_SECONDS)
    throw stripeErrors.invalidParam(
      'expires_at',
      'The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.',
    );
  if (expiresAt > now + MAX_EXPIRY_SECONDS)
    throw stripeErrors.invalidParam(
      'expires_at',
      'The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.',
    );
  const clientReferenceId = optionalString(form.client_reference_id, 'client_reference_id') || null;
  if (clientReferenceId && clientReferenceId.length > 200)
    throw stripeErrors.invalidParam('client_reference_id', 'client_reference_id must be at most 200 characters.');
  const customerEmail = optionalString(form.customer_email, 'customer_email') || null;
  if (customerEmail && !/^[^\s@]+@[^\s@]+$/.test(customerEmail))
    throw stripeErrors.invalidParam('customer_email', `Invalid email address: ${customerEmail}`, 'email_invalid');
  return {
    lineItems: items.map(({ currency: _currency, ...item }) => item),
    currency,
    amountTotal,
    metadata: metadataOf(form.metadata, 'metadata'),
    intentMetadata: metadataOf(intentData.metadata, `${intentParam}[metadata]`),
    intentDescription: optionalString(intentData.description, `${intentParam}[description]`) || null,
    clientReferenceId,
    customerEmail,
    expiresAt,
    successUrl: url(form.success_url, 'success_url'),
    cancelUrl: url(form.cancel_url, 'cancel_url'),
    locale: optionalString(form.locale, 'locale') || null,
    paymentMethodTypes: paymentMethodTypes(form, currency),
    expand: stringArray(form.expand, 'expand'),
  };
}
