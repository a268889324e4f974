import { Query } from '@nestjs/cqrs';

export interface AccountSettings {
  name: string;
  /** ISO 3166-1 alpha-2: the default region of the account's phone numbers. */
  country: string;
  /** IANA time zone. */
  timezone: string;
  /** Note each send in the invoice's QuickBooks PrivateNote (on unless the business turns it off). */
  markSentInQuickBooks: boolean;
}

/** The settings of an account that bounded contexts need (they never read platform tables). */
export class GetAccountSettingsQuery extends Query<AccountSettings> {
  constructor(readonly accountId: string) {
    super();
  }
}
