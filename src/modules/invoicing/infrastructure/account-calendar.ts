import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetAccountSettingsQuery } from '../../../platform/accounts/contracts/get-account-settings.query';
import { todayIn } from '../domain/invoice-status';

/** The business's today, in its own time zone, for deciding what is overdue. */
@Injectable()
export class AccountCalendar {
  constructor(private readonly queries: QueryBus) {}

  async today(accountId: string): Promise<string> {
    const { timezone } = await this.queries.execute(new GetAccountSettingsQuery(accountId));
    return todayIn(timezone);
  }
}
