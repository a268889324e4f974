import { LockMode } from '@mikro-orm/core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Outbox } from '../../../../platform/outbox/outbox';
import { bankVerdict, type BankVerdict } from '../../domain/bank-payment-verdict';
import { CREZCO_GATEWAY, type CrezcoGateway } from '../../domain/crezco-gateway.port';
import { Payment } from '../../domain/payment';
import { PaymentAttempt } from '../../domain/payment-attempt';
import { crezcoConfig, type CrezcoConfig } from '../../infrastructure/crezco/crezco.config';

export interface BankAttemptRef {
  id: string;
  accountId: string;
}

/**
 * Asks Crezco where an open bank attempt stands and acts only on that answer: the pay demand's
 * payments, and for a completed one its own status fetched again. Completed makes one Payment
 * (unique by Crezco's payment id) and PaymentSucceeded; authorised or accepted is processing; every
 * payment failed closes the attempt with the reason. The attempt's row is locked while it is
 * decided, so webhooks, their duplicates and the poll meet one at a time.
 */
@Injectable()
export class BankPaymentCheck {
  private readonly logger = new Logger(BankPaymentCheck.name);

  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
    @Inject(CREZCO_GATEWAY) private readonly crezco: CrezcoGateway,
    @Inject(crezcoConfig.KEY) private readonly config: CrezcoConfig,
  ) {}

  async check(ref: BankAttemptRef): Promise<void> {
    const attempt = await this.scope.read(ref.accountId, (em) => em.findOne(PaymentAttempt, { id: ref.id }));
    if (!attempt?.isOpenBankAttempt() || !attempt.providerSessionId) return;
    const verdict = await this.verdictOf(attempt.providerSessionId);
    await this.scope.transaction(ref.accountId, async (em) => {
      const locked = await em.findOneOrFail(PaymentAttempt, { id: ref.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (verdict.kind === 'paid') {
        locked.succeed(verdict.paymentId);
        const existing = await em.findOne(Payment, { source: 'crezco', providerPaymentId: verdict.paymentId });
        if (!existing) {
          const payment = Payment.takenByCrezco({
            accountId: locked.accountId,
            invoiceId: locked.invoiceId,
            contactId: locked.contactId,
            attemptId: locked.id,
            crezcoPaymentId: verdict.paymentId,
            amountMinor: locked.amountMinor,
            currency: locked.currency,
            paidOn: new Date().toISOString().slice(0, 10),
          });
          em.persist(payment);
          this.outbox.record(em, ...payment.pullEvents());
          this.logger.log(
            { accountId: locked.accountId, paymentId: payment.id, crezcoPaymentId: verdict.paymentId },
            'Crezco payment recorded',
          );
        }
      } else if (verdict.kind === 'processing') {
        locked.awaitConfirmation(verdict.paymentId);
      } else if (verdict.kind === 'failed') {
        locked.fail(verdict.reason);
      }
      locked.lookedAt(this.config.pollAfterMs);
    });
  }

  /** A completed payment counts only if its own status, fetched again, says so. */
  private async verdictOf(payDemandId: string): Promise<BankVerdict> {
    const payments = await this.crezco.paymentsOf(payDemandId);
    const verdict = bankVerdict(payments, (code) => this.crezco.outcomeOf(code));
    for (const payment of payments) {
      if (this.crezco.outcomeOf(payment.code) === 'pending' && payment.code !== 'New') {
        this.logger.warn(
          { payDemandId, code: payment.code },
          'Crezco answered an unknown payment status; still pending',
        );
      }
    }
    if (verdict.kind !== 'paid') return verdict;
    const code = await this.crezco.paymentStatus(verdict.paymentId);
    return this.crezco.outcomeOf(code) === 'paid' ? verdict : { kind: 'pending' };
  }
}
