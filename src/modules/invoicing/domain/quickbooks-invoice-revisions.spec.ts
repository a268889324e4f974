import { invoiceRecord, revisionOf, voidedRevisionOf } from '../../../../test/invoicing/support/invoice-record.mother';
import type { QuickBooksInvoiceRecord } from '../contracts';
import { Invoice } from './invoice';
import { applyQuickBooksInvoices, NO_CONTACT_REASON } from './quickbooks-invoice-revisions';

const now = new Date('2026-03-05T09:00:00Z');
const contactId = '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a30';

function stored(record: QuickBooksInvoiceRecord): Map<string, Invoice> {
  const invoice = Invoice.importFromQuickBooks({ accountId: 'a', contactId, record, now });
  return new Map([[record.quickBooksId, invoice]]);
}

function apply(linked: Map<string, Invoice>, ...records: QuickBooksInvoiceRecord[]) {
  return applyQuickBooksInvoices(
    'a',
    records.map((record) => ({ record, contactId })),
    linked,
    now,
  );
}

describe('applying QuickBooks invoices', () => {
  it('creates an unknown invoice and skips an unknown voided one', () => {
    const linked = new Map<string, Invoice>();
    const voided = voidedRevisionOf(invoiceRecord({ quickBooksId: '131' }));

    const { outcomes, created, revised } = apply(linked, invoiceRecord(), voided);

    expect(outcomes.map((outcome) => [outcome.quickBooksId, outcome.result, outcome.reasons])).toEqual([
      ['130', 'created', []],
      ['131', 'skipped', ['voided in QuickBooks']],
    ]);
    expect(created).toHaveLength(1);
    expect(revised).toEqual(created);
    expect(linked.get('130')).toBe(created[0]);
    expect(outcomes[0].invoiceId).toBe(created[0].id);
  });

  it('skips an invoice whose customer has no contact, before anything else', () => {
    const record = invoiceRecord();
    const { outcomes, created } = applyQuickBooksInvoices('a', [{ record, contactId: null }], stored(record), now);
    expect(outcomes).toEqual([
      { quickBooksId: '130', docNumber: '1042', result: 'skipped', invoiceId: null, reasons: [NO_CONTACT_REASON] },
    ]);
    expect(created).toEqual([]);
  });

  it('updates only with a newer revision', () => {
    const first = invoiceRecord();
    const linked = stored(first);
    const newer = revisionOf(first, { balanceMinor: 5000n });

    const { outcomes, revised, changed } = apply(linked, first, newer, first);

    expect(outcomes.map((outcome) => [outcome.result, outcome.reasons])).toEqual([
      ['unchanged', ['already up to date']],
      ['updated', ['paid in QuickBooks']],
      ['unchanged', ['older than the revision held']],
    ]);
    expect(revised).toEqual([linked.get('130')]);
    expect(changed).toEqual([linked.get('130')]);
    expect(linked.get('130')?.balanceMinor).toBe(5000n);
  });

  it('lists as changed every stored invoice that took a revision, updated or not, and none it left as it was', () => {
    const [echoed, voided, untouched] = ['140', '141', '142'].map((quickBooksId) => invoiceRecord({ quickBooksId }));
    const linked = new Map([...stored(echoed), ...stored(voided), ...stored(untouched)]);

    const { outcomes, changed } = apply(
      linked,
      revisionOf(echoed),
      voidedRevisionOf(voided),
      untouched,
      invoiceRecord(),
    );

    expect(outcomes.map((outcome) => outcome.result)).toEqual(['unchanged', 'removed', 'unchanged', 'created']);
    expect(changed).toEqual([linked.get('140'), linked.get('141')]);
  });

  it('removes an unpaid invoice voided in QuickBooks, and never brings back one deleted in Settle', () => {
    const first = invoiceRecord();
    expect(apply(stored(first), voidedRevisionOf(first)).outcomes[0]).toMatchObject({
      result: 'removed',
      reasons: ['voided in QuickBooks'],
    });

    const deleted = stored(first);
    deleted.get('130')?.deleteInSettle({ kind: 'user', userId: 'u' }, now);
    expect(apply(deleted, revisionOf(first)).outcomes[0]).toMatchObject({
      result: 'skipped',
      reasons: ['deleted in Settle'],
    });
  });

  it('meets an invoice listed twice in its first revision', () => {
    const record = invoiceRecord();
    const { outcomes, created } = apply(new Map(), record, record);
    expect(outcomes.map((outcome) => outcome.result)).toEqual(['created', 'unchanged']);
    expect(created).toHaveLength(1);
  });
});
