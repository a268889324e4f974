import { compareVersions } from '../../../../libs/quickbooks/object-version';
import type { InvoiceUpsertOutcome, QuickBooksInvoiceRecord } from '../contracts';
import { Invoice, type QuickBooksApplyOutcome } from './invoice';

/** A QuickBooks invoice with the contact Integration resolved for its customer (null: none). */
export interface QuickBooksInvoiceItem {
  record: QuickBooksInvoiceRecord;
  contactId: string | null;
}

export interface QuickBooksInvoicesApplied {
  /** One per item, in the order given. */
  outcomes: InvoiceUpsertOutcome[];
  /** Invoices seen for the first time (also added to `linked`). */
  created: Invoice[];
  /** Invoices created or updated, whose totals may disagree with QuickBooks'. */
  revised: Invoice[];
  /** Invoices that were in `linked` before and that took a revision (changed or not), each once: to be written. */
  changed: Invoice[];
}

export const NO_CONTACT_REASON = 'the customer has no contact in Settle';

/**
 * Invoicing's rules for QuickBooks invoices, applied in order to the invoices already linked to
 * them (`linked`, kept up to date, so an invoice listed twice meets its first revision): no contact,
 * skipped; unknown and voided, skipped; unknown, created; known, revised by the invoice's own rules
 * (newer only; void or removal; deleted in Settle stays deleted). It changes invoices in memory
 * only: an upsert then writes the created and the changed ones, a preview drops them.
 */
export function applyQuickBooksInvoices(
  accountId: string,
  items: readonly QuickBooksInvoiceItem[],
  linked: Map<string, Invoice>,
  now: Date,
): QuickBooksInvoicesApplied {
  const created: Invoice[] = [];
  const revised: Invoice[] = [];
  const changed = new Set<Invoice>();
  const outcomes = items.map(({ record, contactId }) => {
    if (contactId === null) return outcomeOf(record, null, { result: 'skipped', reasons: [NO_CONTACT_REASON] });
    const existing = linked.get(record.quickBooksId);
    if (existing) {
      const held = existing.quickBooksVersion();
      const applied = existing.applyQuickBooksRevision(record, contactId, now);
      if (applied.result === 'updated') revised.push(existing);
      // Whatever an invoice's rules take of a revision, they take its version with it.
      if (compareVersions(existing.quickBooksVersion(), held) !== 'same') changed.add(existing);
      return outcomeOf(record, existing.id, applied);
    }
    if (record.voided) return outcomeOf(record, null, { result: 'skipped', reasons: ['voided in QuickBooks'] });
    const invoice = Invoice.importFromQuickBooks({ accountId, contactId, record, now });
    created.push(invoice);
    revised.push(invoice);
    linked.set(record.quickBooksId, invoice);
    return outcomeOf(record, invoice.id, { result: 'created', reasons: [] });
  });
  for (const invoice of created) changed.delete(invoice);
  return { outcomes, created, revised, changed: [...changed] };
}

function outcomeOf(
  record: QuickBooksInvoiceRecord,
  invoiceId: string | null,
  applied: QuickBooksApplyOutcome,
): InvoiceUpsertOutcome {
  return { quickBooksId: record.quickBooksId, docNumber: record.docNumber, invoiceId, ...applied };
}
