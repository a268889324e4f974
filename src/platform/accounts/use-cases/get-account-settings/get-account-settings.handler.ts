import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../database/account-scope';
import { PlatformErrors } from '../../../errors/platform.errors';
import { type AccountSettings, GetAccountSettingsQuery } from '../../contracts/get-account-settings.query';
import { Account } from '../../domain/account';
import { settingsOf } from './account-settings';

@QueryHandler(GetAccountSettingsQuery)
export class GetAccountSettingsHandler implements IQueryHandler<GetAccountSettingsQuery> {
  constructor(private readonly scope: AccountScope) {}

  async execute({ accountId }: GetAccountSettingsQuery): Promise<AccountSettings> {
    const account = await this.scope.read(accountId, (em) => em.findOne(Account, { id: accountId }));
    if (!account) throw PlatformErrors.notFound('The account');
    return settingsOf(account);
  }
}
