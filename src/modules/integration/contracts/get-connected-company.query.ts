import { Query } from '@nestjs/cqrs';

/** The QuickBooks company an account has connected, as QuickBooks names it (CompanyInfo). */
export interface ConnectedCompany {
  realmId: string;
  companyName: string;
  homeCurrency: string;
}

/** Answers null when the account has no QuickBooks company connected (never connected, or disconnected). */
export class GetConnectedCompanyQuery extends Query<ConnectedCompany | null> {
  constructor(readonly accountId: string) {
    super();
  }
}
