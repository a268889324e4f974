import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { GetConnectedCompanyQuery, type ConnectedCompany } from '../../contracts';
import { QuickBooksConnection } from '../../domain/quickbooks-connection';

/**
 * The company as QuickBooks names it: the connection keeps CompanyInfo's name from the moment it
 * was connected. A connection that needs reconnecting still has its company; a disconnected one
 * has none.
 */
@QueryHandler(GetConnectedCompanyQuery)
export class GetConnectedCompanyHandler implements IQueryHandler<GetConnectedCompanyQuery> {
  constructor(private readonly scope: AccountScope) {}

  async execute({ accountId }: GetConnectedCompanyQuery): Promise<ConnectedCompany | null> {
    const connection = await this.scope.read(accountId, (em) => em.findOne(QuickBooksConnection, { accountId }));
    if (!connection || connection.isDisconnected()) return null;
    return { realmId: connection.realmId, companyName: connection.companyName, homeCurrency: connection.homeCurrency };
  }
}
