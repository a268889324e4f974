import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { GetInvoicePaymentStateQuery, type InvoicePaymentState } from '../../contracts/get-invoice-payment-state.query';
import { Payment } from '../../domain/payment';
import { PaymentAttempt } from '../../domain/payment-attempt';

/**
 * Processing: a delayed payment is on its way, or a payment is in and not yet applied to the
 * invoice. The last failure: the latest attempt that got anywhere failed (an abandoned or expired
 * session is no failure).
 */
@QueryHandler(GetInvoicePaymentStateQuery)
export class GetInvoicePaymentStateHandler implements IQueryHandler<GetInvoicePaymentStateQuery> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, invoiceId }: GetInvoicePaymentStateQuery): Promise<InvoicePaymentState> {
    return this.scope.read(accountId, async (em) => {
      const awaiting = await em.count(PaymentAttempt, { invoiceId, status: 'awaiting_confirmation' });
      const unapplied = await em.count(Payment, { invoiceId, application: 'pending' });
      const [latest] = await em.find(
        PaymentAttempt,
        { invoiceId, status: { $in: ['awaiting_confirmation', 'succeeded', 'failed'] } },
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 1 },
      );
      return {
        processing: awaiting + unapplied > 0,
        lastFailure: latest?.status === 'failed' ? latest.failureReason : null,
      };
    });
  }
}
