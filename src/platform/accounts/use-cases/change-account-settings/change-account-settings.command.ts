import { Command } from '@nestjs/cqrs';
import type { AccountSettings } from '../../contracts/get-account-settings.query';

export interface AccountSettingsChanges {
  name?: string;
  timezone?: string;
  markSentInQuickBooks?: boolean;
}

export class ChangeAccountSettingsCommand extends Command<AccountSettings> {
  constructor(
    readonly accountId: string,
    readonly changes: AccountSettingsChanges,
  ) {
    super();
  }
}
