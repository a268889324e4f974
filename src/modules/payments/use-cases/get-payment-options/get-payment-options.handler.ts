import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { currencyExponent } from '../../../../../libs/money';
import { AccountScope } from '../../../../platform/database/account-scope';
import { GetPaymentOptionsQuery, type PaymentOptions } from '../../contracts/get-payment-options.query';
import { StripeConnection } from '../../domain/stripe-connection';

function hasMinorUnit(currency: string): boolean {
  try {
    currencyExponent(currency.toUpperCase());
    return true;
  } catch {
    return false;
  }
}

/** Card when the business's Stripe account can take charges; bank once Crezco is built. */
@QueryHandler(GetPaymentOptionsQuery)
export class GetPaymentOptionsHandler implements IQueryHandler<GetPaymentOptionsQuery> {
  constructor(private readonly scope: AccountScope) {}

  async execute({ accountId, currency }: GetPaymentOptionsQuery): Promise<PaymentOptions> {
    const connection = await this.scope.read(accountId, (em) => em.findOne(StripeConnection, { accountId }));
    return { card: Boolean(connection?.canTakeCharges()) && hasMinorUnit(currency), bank: false };
  }
}
