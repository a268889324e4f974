import type { PostalAddress } from './postal-address';

/**
 * A QuickBooks customer in Settle's terms, as Integration (the anti-corruption layer) hands it over.
 * Texts are trimmed, empty ones are null. Phones and the email are passed raw, as QuickBooks holds
 * them ("07911 123456 ext 2", "a@x.com; b@y.com"): which phone is the mobile and which email is
 * valid are Contacts' rules.
 */
export interface QuickBooksCustomerRecord {
  quickBooksId: string;
  syncToken: string;
  /** MetaData.LastUpdatedTime as an ISO 8601 instant. */
  lastUpdatedAt: string;
  displayName: string | null;
  title: string | null;
  givenName: string | null;
  middleName: string | null;
  familyName: string | null;
  suffix: string | null;
  companyName: string | null;
  email: string | null;
  mobile: string | null;
  primaryPhone: string | null;
  alternatePhone: string | null;
  billingAddress: PostalAddress | null;
  active: boolean;
}
