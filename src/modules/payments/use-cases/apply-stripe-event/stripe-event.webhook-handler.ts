import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { isUuid } from '../../../../../libs/ids';
import { AccountScope } from '../../../../platform/database/account-scope';
import {
  HandlesWebhook,
  type WebhookHandler,
  type WebhookOutcome,
} from '../../../../platform/inbox/handles-webhook.decorator';
import type { InboxMessage } from '../../../../platform/inbox/inbox-message';
import { Outbox } from '../../../../platform/outbox/outbox';
import { Payment } from '../../domain/payment';
import { PaymentAttempt } from '../../domain/payment-attempt';
import { fromStripeAmount } from '../../domain/stripe-amount';
import { StripeConnection } from '../../domain/stripe-connection';
import { STRIPE_GATEWAY, type StripeGateway } from '../../domain/stripe-gateway.port';
import type { CheckoutNotice, StripeNotice } from '../../domain/stripe-notice';
import { STRIPE_WEBHOOK_PROVIDER } from '../receive-stripe-webhook/stripe-webhook-provider';

type Notice<K extends StripeNotice['kind']> = Extract<StripeNotice, { kind: K }>;

const DELAYED_PAYMENT_FAILED = 'The bank payment failed';

/**
 * Applies one stored Stripe event. A session paid (completed with payment_status=paid, or its
 * delayed payment succeeded) makes one Payment, unique by its PaymentIntent: the attempt's row is
 * locked while it is decided, so duplicated and reordered events meet one at a time, and the
 * unique index settles anything else. Events for an attempt, payment or account Settle does not
 * know are recorded in the inbox as ignored.
 */
@Injectable()
@HandlesWebhook(STRIPE_WEBHOOK_PROVIDER)
export class StripeEventWebhookHandler implements WebhookHandler {
  private readonly logger = new Logger(StripeEventWebhookHandler.name);

  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
    @Inject(STRIPE_GATEWAY) private readonly stripe: StripeGateway,
  ) {}

  async process(message: InboxMessage): Promise<WebhookOutcome> {
    const notice = this.stripe.readEvent(message.rawBody);
    switch (notice.kind) {
      case 'checkout_paid':
        return this.paid(notice);
      case 'checkout_pending':
        return this.onAttempt(notice, (attempt) => attempt.awaitConfirmation(notice.paymentIntentId));
      case 'checkout_failed': {
        const reason = await this.failureReason(notice);
        return this.onAttempt(notice, (attempt) => attempt.fail(reason));
      }
      case 'checkout_expired':
        return this.onAttempt(notice, (attempt) => attempt.expire());
      case 'refunded':
        return this.refunded(notice);
      case 'deauthorized':
        return this.onConnections(notice.stripeAccountId, (connection) => connection.disconnect());
      case 'account_updated':
        return this.onConnections(notice.stripeAccountId, (connection) =>
          connection.chargesEnabledChanged(notice.chargesEnabled),
        );
      case 'other':
        return 'ignored';
    }
  }

  private async paid(notice: Notice<'checkout_paid'>): Promise<WebhookOutcome> {
    const paymentIntentId = notice.paymentIntentId;
    if (!paymentIntentId) return 'ignored';
    const found = await this.attemptOf(notice);
    if (!found) return 'ignored';
    await this.scope.transaction(found.accountId, async (em) => {
      const attempt = await this.locked(em, found.id);
      attempt.succeed(paymentIntentId);
      const existing = await em.findOne(Payment, { source: 'stripe', providerPaymentId: paymentIntentId });
      if (existing) return;
      const payment = Payment.takenByStripe({
        accountId: attempt.accountId,
        invoiceId: attempt.invoiceId,
        contactId: attempt.contactId,
        attemptId: attempt.id,
        paymentIntentId,
        amountMinor: attempt.amountMinor,
        currency: attempt.currency,
        paidOn: notice.occurredAt.toISOString().slice(0, 10),
      });
      em.persist(payment);
      this.outbox.record(em, ...payment.pullEvents());
      this.logger.log(
        { accountId: attempt.accountId, paymentId: payment.id, paymentIntentId },
        'Stripe payment recorded',
      );
    });
    return 'processed';
  }

  private async onAttempt(
    notice: CheckoutNotice & { stripeAccountId: string | null },
    change: (attempt: PaymentAttempt) => void,
  ): Promise<WebhookOutcome> {
    const found = await this.attemptOf(notice);
    if (!found) return 'ignored';
    await this.scope.transaction(found.accountId, async (em) => change(await this.locked(em, found.id)));
    return 'processed';
  }

  private async failureReason(notice: Notice<'checkout_failed'>): Promise<string> {
    if (!notice.paymentIntentId || !notice.stripeAccountId) return DELAYED_PAYMENT_FAILED;
    const said = await this.stripe.paymentFailureReason(notice.stripeAccountId, notice.paymentIntentId);
    return (said ?? DELAYED_PAYMENT_FAILED).slice(0, 500);
  }

  private async refunded(notice: Notice<'refunded'>): Promise<WebhookOutcome> {
    const paymentIntentId = notice.paymentIntentId;
    if (!paymentIntentId) return 'ignored';
    const found = await this.scope.acrossAccounts((em) =>
      em.findOne(Payment, { source: 'stripe', providerPaymentId: paymentIntentId }, { filters: false }),
    );
    if (!found) return 'ignored';
    await this.scope.transaction(found.accountId, async (em) => {
      const payment = await em.findOneOrFail(Payment, { id: found.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      payment.refunded(fromStripeAmount(notice.amountRefunded, payment.currency));
    });
    return 'processed';
  }

  private async onConnections(
    stripeAccountId: string | null,
    change: (connection: StripeConnection) => void,
  ): Promise<WebhookOutcome> {
    if (!stripeAccountId) return 'ignored';
    const accounts = await this.scope.acrossAccounts((em) =>
      em.find(StripeConnection, { stripeAccountId, status: 'connected' }, { filters: false }),
    );
    for (const { accountId, id } of accounts) {
      await this.scope.transaction(accountId, async (em) => change(await em.findOneOrFail(StripeConnection, { id })));
    }
    return accounts.length > 0 ? 'processed' : 'ignored';
  }

  /**
   * The attempt an event is about, across accounts: by Settle's id, from the Stripe account it was
   * made on, and (once known) for the same session. Anything else is not Settle's.
   */
  private async attemptOf(
    notice: CheckoutNotice & { stripeAccountId: string | null },
  ): Promise<{ id: string; accountId: string } | null> {
    if (!notice.attemptId || !isUuid(notice.attemptId)) return null;
    const attempt = await this.scope.acrossAccounts((em) =>
      em.findOne(PaymentAttempt, { id: notice.attemptId as string }, { filters: false }),
    );
    if (!attempt || attempt.provider !== 'stripe' || attempt.stripeAccountId !== notice.stripeAccountId) return null;
    if (attempt.providerSessionId && attempt.providerSessionId !== notice.sessionId) return null;
    return { id: attempt.id, accountId: attempt.accountId };
  }

  private locked(em: EntityManager, attemptId: string): Promise<PaymentAttempt> {
    return em.findOneOrFail(PaymentAttempt, { id: attemptId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }
}
