import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { isUuid } from '../../../../../libs/ids';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Payment } from '../../domain/payment';
import { PaymentAttempt } from '../../domain/payment-attempt';
import { PaymentsErrors } from '../../payments.errors';
import { GetPaymentQuery } from './get-payment.query';
import { PaymentDetailResponseDto } from './payment-detail.response.dto';

@QueryHandler(GetPaymentQuery)
export class GetPaymentHandler implements IQueryHandler<GetPaymentQuery> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, paymentId }: GetPaymentQuery): Promise<PaymentDetailResponseDto> {
    if (!isUuid(paymentId)) throw PaymentsErrors.paymentNotFound();
    return this.scope.read(accountId, async (em) => {
      const payment = await em.findOne(Payment, { id: paymentId });
      if (!payment) throw PaymentsErrors.paymentNotFound();
      const attempts = await em.find(
        PaymentAttempt,
        { invoiceId: payment.invoiceId },
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 50 },
      );
      return PaymentDetailResponseDto.detail(payment, attempts);
    });
  }
}
