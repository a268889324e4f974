import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { currencyExponent } from '../../../../../libs/money';
import { AccountScope } from '../../../../platform/database/account-scope';
import { GetPaymentOptionsQuery, type PaymentOptions } from '../../contracts/get-payment-options.query';
import { CrezcoConnection } from '../../domain/crezco-connection';
import { CREZCO_GATEWAY, type CrezcoGateway } from '../../domain/crezco-gateway.port';
import { StripeConnection } from '../../domain/stripe-connection';

function hasMinorUnit(currency: string): boolean {
  try {
    currencyExponent(currency.toUpperCase());
    return true;
  } catch {
    return false;
  }
}

/**
 * Card when the business's Stripe account can take charges; bank when its Crezco user is connected
 * and the invoice is in a currency Crezco pays in (CREZCO_CURRENCIES, GBP).
 */
@QueryHandler(GetPaymentOptionsQuery)
export class GetPaymentOptionsHandler implements IQueryHandler<GetPaymentOptionsQuery> {
  constructor(
    private readonly scope: AccountScope,
    @Inject(CREZCO_GATEWAY) private readonly crezco: CrezcoGateway,
  ) {}

  async execute({ accountId, currency }: GetPaymentOptionsQuery): Promise<PaymentOptions> {
    const [stripe, crezco] = await this.scope.read(accountId, (em) =>
      Promise.all([em.findOne(StripeConnection, { accountId }), em.findOne(CrezcoConnection, { accountId })]),
    );
    return {
      card: Boolean(stripe?.canTakeCharges()) && hasMinorUnit(currency),
      bank: Boolean(crezco?.isConnected()) && this.crezco.currencies.includes(currency.toUpperCase()),
    };
  }
}
