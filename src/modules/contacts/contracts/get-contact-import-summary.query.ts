import { Query } from '@nestjs/cqrs';

export interface SkippedCustomer {
  quickBooksId: string;
  displayName: string | null;
  reasons: string[];
}

/** What an import did, counted from the outcomes recorded with its import id. */
export interface ContactImportSummary {
  importId: string;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** Every skipped customer, in the order they were processed. */
  skippedCustomers: SkippedCustomer[];
  /** Customers imported only in part (an unparseable phone, a truncated field), with what was lost. */
  reportedCustomers: SkippedCustomer[];
}

/** The summary of the outcomes recorded so far for one import (all zero for an unknown id). */
export class GetContactImportSummaryQuery extends Query<ContactImportSummary> {
  constructor(
    readonly accountId: string,
    readonly importId: string,
  ) {
    super();
  }
}
