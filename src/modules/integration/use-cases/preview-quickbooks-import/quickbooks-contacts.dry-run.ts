import type { QueryBus } from '@nestjs/cqrs';
import type { QboCustomer } from '../../../../../libs/quickbooks/qbo-types';
import {
  type ContactUpsertOutcome,
  PreviewContactsFromQuickBooksQuery,
  type QuickBooksCustomerRecord,
} from '../../../contacts/contracts';
import type { QuickBooksCompanyRef } from '../../domain/quickbooks-company.ref';
import { toQuickBooksCustomerRecord } from '../../infrastructure/mapping';
import type { CustomerContact } from '../bring-in-quickbooks-customers/customer-contact';
import { EarlierCustomerChanges } from './earlier-customer-changes';

/**
 * Contacts as a dry run sees them: customers are previewed by Contacts' rules, never written. It
 * carries the customers its earlier pages would have created or updated, and sends each page the
 * ones it can meet, so each page meets the contacts they would have left; and it remembers the
 * contact each customer would have (an id never stored, for one it would create), so that
 * customer's invoices preview as created. Pages must come one at a time.
 */
export class QuickBooksContactsDryRun {
  readonly known = new Map<string, CustomerContact>();
  private readonly earlier: EarlierCustomerChanges;

  constructor(
    private readonly queries: QueryBus,
    private readonly company: QuickBooksCompanyRef,
    private readonly defaultRegion: string,
  ) {
    this.earlier = new EarlierCustomerChanges(defaultRegion);
  }

  preview(customers: QboCustomer[]): Promise<ContactUpsertOutcome[]> {
    return this.previewRecords(customers.map(toQuickBooksCustomerRecord));
  }

  async previewRecords(records: QuickBooksCustomerRecord[]): Promise<ContactUpsertOutcome[]> {
    const outcomes = await this.queries.execute(
      new PreviewContactsFromQuickBooksQuery(
        this.company.accountId,
        records,
        this.defaultRegion,
        this.earlier.relevantTo(records),
      ),
    );
    outcomes.forEach((outcome, index) => {
      if (outcome.result === 'created' || outcome.result === 'updated')
        this.earlier.add(records[index], outcome.result);
      if (outcome.contactId !== null) this.known.set(outcome.quickBooksId, { contactId: outcome.contactId });
    });
    return outcomes;
  }
}
