import { newId } from '../../../../libs/ids';
import type { ContactUpsertOutcome, ContactUpsertResult } from '../contracts/upsert-contacts-from-quickbooks.command';

/** What one import did with one customer, kept so that a retried page answers the same way. */
export class ContactImportOutcome {
  id!: string;
  accountId!: string;
  importId!: string;
  quickBooksId!: string;
  displayName!: string | null;
  result!: ContactUpsertResult;
  contactId!: string | null;
  reasons!: string[];
  recordedAt!: Date;
  /** Order within the import: the recording time, then the position in the page. */
  position!: number;

  static record(
    accountId: string,
    importId: string,
    position: number,
    outcome: ContactUpsertOutcome,
    now = new Date(),
  ): ContactImportOutcome {
    const record = new ContactImportOutcome();
    record.id = newId(now.getTime());
    record.accountId = accountId;
    record.importId = importId;
    record.quickBooksId = outcome.quickBooksId;
    record.displayName = outcome.displayName;
    record.result = outcome.result;
    record.contactId = outcome.contactId;
    record.reasons = outcome.reasons;
    record.recordedAt = now;
    record.position = position;
    return record;
  }

  toOutcome(): ContactUpsertOutcome {
    return {
      quickBooksId: this.quickBooksId,
      displayName: this.displayName,
      result: this.result,
      contactId: this.contactId,
      reasons: this.reasons,
    };
  }
}
