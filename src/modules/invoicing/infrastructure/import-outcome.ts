import type { InvoiceUpsertOutcome, InvoiceUpsertResult } from '../contracts';

/** What one import did to one QuickBooks invoice: answered again when the same page is retried. */
export class ImportOutcome {
  importId!: string;
  quickBooksId!: string;
  accountId!: string;
  docNumber!: string | null;
  result!: InvoiceUpsertResult;
  invoiceId!: string | null;
  reasons!: string[];
  recordedAt!: Date;

  static of(accountId: string, importId: string, outcome: InvoiceUpsertOutcome, now: Date): ImportOutcome {
    const row = new ImportOutcome();
    row.importId = importId;
    row.quickBooksId = outcome.quickBooksId;
    row.accountId = accountId;
    row.docNumber = outcome.docNumber;
    row.result = outcome.result;
    row.invoiceId = outcome.invoiceId;
    row.reasons = outcome.reasons;
    row.recordedAt = now;
    return row;
  }

  toOutcome(): InvoiceUpsertOutcome {
    const { quickBooksId, docNumber, result, invoiceId, reasons } = this;
    return { quickBooksId, docNumber, result, invoiceId, reasons };
  }
}
