import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { StripeConnection } from '../../domain/stripe-connection';
import { PaymentsErrors } from '../../payments.errors';
import { GetStripeConnectionQuery } from './get-stripe-connection.query';
import { StripeConnectionResponseDto } from './stripe-connection.response.dto';

@QueryHandler(GetStripeConnectionQuery)
export class GetStripeConnectionHandler implements IQueryHandler<GetStripeConnectionQuery> {
  constructor(private readonly scope: AccountScope) {}

  async execute({ accountId }: GetStripeConnectionQuery): Promise<StripeConnectionResponseDto> {
    const connection = await this.scope.read(accountId, (em) => em.findOne(StripeConnection, { accountId }));
    if (!connection) throw PaymentsErrors.stripeNotConnected();
    return StripeConnectionResponseDto.of(connection);
  }
}
