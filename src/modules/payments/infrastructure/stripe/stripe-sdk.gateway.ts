import { Inject, Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import type { StripeAccountDetails } from '../../domain/stripe-connection';
import type { CheckoutSessionCreated, CheckoutSessionRequest, StripeGateway } from '../../domain/stripe-gateway.port';
import type { StripeNotice } from '../../domain/stripe-notice';
import { PaymentsErrors } from '../../payments.errors';
import { paymentsConfig, type PaymentsConfig } from '../payments.config';
import { readStripeEvent } from './stripe-event.reader';

/** Stripe's default tolerance of a webhook's timestamp (stripe-node DEFAULT_TOLERANCE). */
const SIGNATURE_TOLERANCE_SECONDS = 300;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The one adapter of the StripeGateway port: the official SDK, pointed at STRIPE_API_BASE_URL.
 * Connect's authorize URL is built here from STRIPE_CONNECT_BASE_URL, since the SDK's own
 * `oauth.authorizeUrl()` always answers https without a port; token and deauthorize follow `host`.
 */
@Injectable()
export class StripeSdkGateway implements StripeGateway {
  private readonly stripe: Stripe;

  constructor(@Inject(paymentsConfig.KEY) private readonly config: PaymentsConfig) {
    this.stripe = new Stripe(config.secretKey || 'sk_test_unconfigured', {
      ...config.api,
      maxNetworkRetries: 2,
      timeout: 20_000,
      telemetry: false,
    });
  }

  get configured(): boolean {
    return this.config.configured;
  }

  authorizeUrl(state: string): string {
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: this.config.clientId,
      scope: 'read_write',
      state,
      redirect_uri: this.config.redirectUri,
    });
    return `${this.config.connectBaseUrl}/oauth/authorize?${query.toString()}`;
  }

  async exchangeCode(code: string): Promise<string> {
    const token = await this.stripe.oauth.token({ grant_type: 'authorization_code', code });
    if (!token.stripe_user_id) throw new Error('Stripe answered no account id');
    return token.stripe_user_id;
  }

  async describeAccount(stripeAccountId: string): Promise<StripeAccountDetails> {
    const account = await this.stripe.accounts.retrieve(stripeAccountId);
    return {
      stripeAccountId: account.id,
      chargesEnabled: account.charges_enabled === true,
      businessName: account.business_profile?.name ?? null,
      defaultCurrency: account.default_currency ?? null,
    };
  }

  async deauthorize(stripeAccountId: string): Promise<void> {
    await this.stripe.oauth.deauthorize({ client_id: this.config.clientId, stripe_user_id: stripeAccountId });
  }

  async createCheckoutSession(request: CheckoutSessionRequest): Promise<CheckoutSessionCreated> {
    const metadata = { attemptId: request.attemptId, invoiceId: request.invoiceId, accountId: request.accountId };
    const session = await this.stripe.checkout.sessions.create(
      {
        mode: 'payment',
        client_reference_id: request.attemptId,
        metadata,
        payment_intent_data: { metadata },
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: request.currency.toLowerCase(),
              unit_amount: request.amount,
              product_data: { name: request.name },
            },
          },
        ],
        success_url: request.successUrl,
        cancel_url: request.cancelUrl,
      },
      { stripeAccount: request.stripeAccountId, idempotencyKey: `settle:attempt:${request.attemptId}:session` },
    );
    if (!session.url) throw new Error(`Stripe answered session ${session.id} without a page`);
    return { sessionId: session.id, url: session.url };
  }

  async paymentFailureReason(stripeAccountId: string, paymentIntentId: string): Promise<string | null> {
    const intent = await this.stripe.paymentIntents.retrieve(paymentIntentId, undefined, {
      stripeAccount: stripeAccountId,
    });
    return intent.last_payment_error?.message ?? intent.last_payment_error?.code ?? null;
  }

  verifyEvent(rawBody: Buffer, signature: string | undefined): StripeNotice {
    if (!this.config.webhookSecret) throw PaymentsErrors.badWebhookSignature('no STRIPE_WEBHOOK_SECRET is set');
    if (!signature) throw PaymentsErrors.badWebhookSignature('no Stripe-Signature header');
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(
        rawBody,
        signature,
        this.config.webhookSecret,
        SIGNATURE_TOLERANCE_SECONDS,
      );
    } catch (error) {
      throw PaymentsErrors.badWebhookSignature(messageOf(error));
    }
    return readStripeEvent(event);
  }

  readEvent(rawBody: string): StripeNotice {
    return readStripeEvent(JSON.parse(rawBody) as Stripe.Event);
  }
}
