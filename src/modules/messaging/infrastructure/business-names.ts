import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetAccountSettingsQuery } from '../../../platform/accounts/contracts/get-account-settings.query';
import { GetConnectedCompanyQuery } from '../../integration/contracts';

/** The name a contact knows the business by: its QuickBooks company's, else the account's. */
@Injectable()
export class BusinessNames {
  constructor(private readonly queries: QueryBus) {}

  async of(accountId: string): Promise<string> {
    const company = await this.queries.execute(new GetConnectedCompanyQuery(accountId));
    if (company) return company.companyName;
    return (await this.queries.execute(new GetAccountSettingsQuery(accountId))).name;
  }
}
