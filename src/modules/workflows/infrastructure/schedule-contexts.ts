import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetAccountSettingsQuery } from '../../../platform/accounts/contracts/get-account-settings.query';
import type { ScheduleContext } from '../domain/invoice-schedule';
import { settingsOf } from './persistence/workflow-settings-store';

/** An account's time zone (the platform's) and sending window (Workflows' own), read when scheduling. */
@Injectable()
export class ScheduleContexts {
  constructor(private readonly queries: QueryBus) {}

  async of(em: EntityManager, accountId: string, now: Date): Promise<ScheduleContext> {
    const [account, settings] = await Promise.all([
      this.queries.execute(new GetAccountSettingsQuery(accountId)),
      settingsOf(em, accountId, now),
    ]);
    const { opensAt, closesAt, excludedDays } = settings;
    return { timeZone: account.timezone, window: { opensAt, closesAt, excludedDays } };
  }
}
