import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../database/account-scope';
import { PlatformErrors } from '../../../errors/platform.errors';
import type { AccountSettings } from '../../contracts/get-account-settings.query';
import { Account } from '../../domain/account';
import { settingsOf } from '../get-account-settings/account-settings';
import { ChangeAccountSettingsCommand } from './change-account-settings.command';

@CommandHandler(ChangeAccountSettingsCommand)
export class ChangeAccountSettingsHandler implements ICommandHandler<ChangeAccountSettingsCommand> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, changes }: ChangeAccountSettingsCommand): Promise<AccountSettings> {
    return this.scope.transaction(accountId, async (em) => {
      const account = await em.findOne(Account, { id: accountId });
      if (!account) throw PlatformErrors.notFound('The account');
      account.changeSettings(changes);
      return settingsOf(account);
    });
  }
}
