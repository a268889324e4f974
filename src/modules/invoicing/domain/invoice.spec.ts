import {
  invoiceRecord,
  itemLine,
  revisionOf,
  voidedRevisionOf,
} from '../../../../test/invoicing/support/invoice-record.mother';
import { InvoicePaidEvent, InvoiceRemovedEvent, InvoiceSentEvent } from '../contracts';
import type { PaymentSource } from './applied-payment';
import { Invoice } from './invoice';
import { PublicToken } from './public-token';

const now = new Date('2026-03-05T09:00:00Z');
const contactId = '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a30';

function imported(overrides = {}) {
  return Invoice.importFromQuickBooks({ accountId: 'a', contactId, record: invoiceRecord(overrides), now });
}

describe('Invoice', () => {
  it('is imported with its totals checked, a public token and "imported" as last action', () => {
    const invoice = imported();
    expect(invoice).toMatchObject({ totalMinor: 12000n, computedTotalMinor: 12000n, totalsMismatch: false });
    expect(PublicToken.isWellFormed(invoice.publicToken)).toBe(true);
    expect(invoice.publicToken).not.toContain(invoice.id);
    expect(invoice).toMatchObject({ lastActionKind: 'imported', lastActionBy: 'quickbooks', lastActionAt: now });
    expect(invoice.statusOn('2026-03-05')).toBe('open');
  });

  it("flags an invoice whose computed total differs, and keeps QuickBooks' figure", () => {
    const invoice = imported({ totalAmountMinor: 12001n, balanceMinor: 12001n });
    expect(invoice).toMatchObject({ totalsMismatch: true, totalMinor: 12001n, computedTotalMinor: 12000n });
    expect(invoice.totalsMismatchDetail()).toEqual({ computedTotalMinor: 12000n, quickBooksTotalMinor: 12001n });
  });

  it('derives its status from balance and due date', () => {
    expect(imported({ balanceMinor: 0n }).statusOn('2026-03-05')).toBe('paid');
    expect(imported({ balanceMinor: 5000n }).statusOn('2026-03-05')).toBe('partially_paid');
    expect(imported({ dueDate: '2026-03-04' }).statusOn('2026-03-05')).toBe('overdue');
    expect(imported({ dueDate: '2026-03-05' }).statusOn('2026-03-05')).toBe('open');
  });

  describe('QuickBooks revisions', () => {
    it('applies a newer revision and refuses an older or equal one', () => {
      const first = invoiceRecord({ syncToken: '2' });
      const invoice = imported(first);
      const newer = revisionOf(first, { lines: [itemLine(20000n)], totalTaxMinor: 4000n, totalAmountMinor: 24000n });
      expect(invoice.applyQuickBooksRevision(newer, contactId, now).result).toBe('updated');
      expect(invoice).toMatchObject({ totalMinor: 24000n, lastActionKind: 'updated_from_quickbooks' });

      const stale = { ...first, syncToken: '1', totalAmountMinor: 1n };
      expect(invoice.applyQuickBooksRevision(stale, contactId, now)).toEqual({
        result: 'unchanged',
        reasons: ['older than the revision held'],
      });
      expect(invoice.applyQuickBooksRevision(newer, contactId, now)).toEqual({
        result: 'unchanged',
        reasons: ['already up to date'],
      });
      expect(invoice.totalMinor).toBe(24000n);
    });

    it('decides by LastUpdatedTime when SyncTokens are equal', () => {
      const first = invoiceRecord();
      const invoice = imported(first);
      const later = { ...first, lastUpdatedAt: '2026-03-02T11:00:00.000Z', docNumber: '1042-A' };
      expect(invoice.applyQuickBooksRevision(later, contactId, now).result).toBe('updated');
      expect(invoice.number).toBe('1042-A');
    });

    it('removes an unpaid invoice voided in QuickBooks and says so with InvoiceRemoved', () => {
      const first = invoiceRecord();
      const invoice = imported(first);
      expect(invoice.applyQuickBooksRevision(voidedRevisionOf(first), contactId, now)).toEqual({
        result: 'removed',
        reasons: ['voided in QuickBooks'],
      });
      expect(invoice.isRemoved()).toBe(true);
      const [event] = invoice.pullEvents();
      expect(event).toBeInstanceOf(InvoiceRemovedEvent);
      expect(event).toMatchObject({ invoiceId: invoice.id, quickBooksId: '130', reason: 'voided_in_quickbooks' });
      expect(invoice.pullEvents()).toEqual([]);
    });

    it('keeps a paid invoice voided in QuickBooks, marked voided', () => {
      const first = invoiceRecord({ balanceMinor: 0n });
      const invoice = imported(first);
      expect(invoice.applyQuickBooksRevision(voidedRevisionOf(first), contactId, now).result).toBe('updated');
      expect(invoice).toMatchObject({ voidedInQuickBooks: true, totalMinor: 12000n, removedAt: null });
      expect(invoice.statusOn('2026-03-05')).toBe('voided');
      expect(invoice.pullEvents()).toEqual([]);
    });

    it('never brings back an invoice deleted in Settle', () => {
      const first = invoiceRecord();
      const invoice = imported(first);
      invoice.deleteInSettle({ kind: 'user', userId: 'u' }, now);
      expect(invoice.pullEvents()[0]).toMatchObject({ reason: 'deleted_in_settle' });
      expect(invoice.applyQuickBooksRevision(revisionOf(first), contactId, now)).toEqual({
        result: 'skipped',
        reasons: ['deleted in Settle'],
      });
      expect(invoice.deletedInSettle()).toBe(true);
    });

    it('removes an unpaid invoice deleted in QuickBooks, keeps a paid one', () => {
      const unpaid = imported();
      expect(unpaid.deleteInQuickBooks(now).result).toBe('removed');
      expect(unpaid.pullEvents()[0]).toMatchObject({ reason: 'deleted_in_quickbooks' });
      const paid = imported({ balanceMinor: 0n });
      expect(paid.deleteInQuickBooks(now).result).toBe('updated');
      expect(paid).toMatchObject({ deletedInQuickBooks: true, removedAt: null });
    });
  });

  describe("Settle's own fields", () => {
    it('edits the message until the invoice is paid', () => {
      const invoice = imported();
      invoice.editMessage('  Pay by Friday  ', { kind: 'user', userId: 'u1' }, now);
      expect(invoice).toMatchObject({ message: 'Pay by Friday', lastActionKind: 'edited', lastActionBy: 'u1' });
      const paid = imported({ balanceMinor: 0n });
      expect(() => paid.editMessage('late', { kind: 'user', userId: 'u1' }, now)).toThrow(
        expect.objectContaining({ code: 'INVOICING.INVOICE_ALREADY_PAID' }),
      );
    });
  });

  describe('sending', () => {
    const user = { kind: 'user', userId: 'u1' } as const;

    it('records who sent it and when, keeps the text for the next send, and says InvoiceSent each time', () => {
      const invoice = imported();
      invoice.send('Hi {first_name}', user, now, 'm1');
      expect(invoice).toMatchObject({ textMessage: 'Hi {first_name}', lastActionKind: 'sent', lastActionBy: 'u1' });
      const later = new Date(now.getTime() + 60_000);
      invoice.send(null, user, later, 'm2');
      expect(invoice.textMessage).toBe('Hi {first_name}');
      expect(invoice.lastActionAt).toEqual(later);
      const events = invoice.pullEvents();
      expect(events).toHaveLength(2);
      expect(events[1]).toBeInstanceOf(InvoiceSentEvent);
      expect(events[1]).toMatchObject({
        invoiceId: invoice.id,
        sentBy: 'u1',
        messageId: 'm2',
        sentAt: later.toISOString(),
      });
    });

    it('refuses a paid, voided or removed invoice', () => {
      expect(() => imported({ balanceMinor: 0n }).send(null, user, now, 'm')).toThrow(
        expect.objectContaining({ code: 'INVOICING.INVOICE_ALREADY_PAID' }),
      );
      const removed = imported();
      removed.deleteInSettle(user, now);
      expect(() => removed.send(null, user, now, 'm')).toThrow(
        expect.objectContaining({ code: 'INVOICING.INVOICE_NOT_FOUND' }),
      );
    });
  });

  describe('payments Settle took or recorded', () => {
    const paidAt = '2026-03-06T14:30:00.000Z';
    const payment = (amountMinor: bigint, paymentId = 'p1', source: PaymentSource = 'stripe') => ({
      paymentId,
      amountMinor,
      currency: 'GBP',
      source,
      paidAt,
    });

    it('lowers the balance of a part payment: partly paid, "paid by card", no InvoicePaid', () => {
      const invoice = imported();
      const applied = invoice.applyPayment(payment(5000n), now);
      expect(applied).toMatchObject({
        paymentId: 'p1',
        invoiceId: invoice.id,
        amountMinor: 5000n,
        appliedMinor: 5000n,
      });
      expect(applied.outcome).toBe('applied');
      expect(invoice).toMatchObject({
        balanceMinor: 7000n,
        paymentState: 'partially_paid',
        lastActionKind: 'paid_by_card',
        lastActionBy: 'payment:p1',
        lastActionAt: now,
        overpaidMinor: 0n,
      });
      expect(invoice.statusOn('2026-03-05')).toBe('partially_paid');
      expect(invoice.isPayable()).toBe(true);
      expect(invoice.pullEvents()).toEqual([]);
    });

    it('marks the invoice paid when the balance reaches zero, and says InvoicePaid via settle', () => {
      const invoice = imported();
      invoice.applyPayment(payment(5000n), now);
      invoice.applyPayment(payment(7000n, 'p2', 'crezco'), now);
      expect(invoice).toMatchObject({ balanceMinor: 0n, paymentState: 'paid', lastActionKind: 'paid_by_bank' });
      expect(invoice.statusOn('2026-03-05')).toBe('paid');
      expect(invoice.isPayable()).toBe(false);
      const events = invoice.pullEvents();
      expect(events).toHaveLength(1);
      expect(events[0]).toBeInstanceOf(InvoicePaidEvent);
      expect(events[0]).toMatchObject({ accountId: 'a', invoiceId: invoice.id, paidAt, via: 'settle' });
    });

    it('says "marked paid" for a payment a user recorded', () => {
      const invoice = imported();
      invoice.applyPayment(payment(12000n, 'p1', 'manual'), now);
      expect(invoice.lastActionKind).toBe('marked_paid');
    });

    it('takes no more than the balance and flags the rest as overpaid', () => {
      const invoice = imported();
      const applied = invoice.applyPayment(payment(15000n), now);
      expect(applied).toMatchObject({ appliedMinor: 12000n, outcome: 'overpaid' });
      expect(invoice).toMatchObject({ balanceMinor: 0n, overpaidMinor: 3000n, paymentState: 'paid' });
      expect(invoice.pullEvents()).toHaveLength(1);
    });

    it('applies nothing to an invoice already paid, voided or removed: overpaid, last action kept', () => {
      const paid = imported({ balanceMinor: 0n });
      expect(paid.applyPayment(payment(12000n), now)).toMatchObject({ appliedMinor: 0n, outcome: 'overpaid' });
      expect(paid).toMatchObject({ balanceMinor: 0n, overpaidMinor: 12000n, lastActionKind: 'imported' });
      expect(paid.pullEvents()).toEqual([]);

      const first = invoiceRecord({ balanceMinor: 6000n });
      const voided = imported(first);
      voided.applyQuickBooksRevision(voidedRevisionOf(first), contactId, now);
      expect(voided.applyPayment(payment(6000n), now)).toMatchObject({ appliedMinor: 0n, outcome: 'overpaid' });
      expect(voided).toMatchObject({
        balanceMinor: 6000n,
        overpaidMinor: 6000n,
        lastActionKind: 'voided_in_quickbooks',
      });

      const removed = imported();
      removed.deleteInSettle({ kind: 'user', userId: 'u' }, now);
      removed.pullEvents();
      expect(removed.applyPayment(payment(12000n), now)).toMatchObject({ appliedMinor: 0n, outcome: 'overpaid' });
      expect(removed).toMatchObject({ balanceMinor: 12000n, overpaidMinor: 12000n, lastActionKind: 'deleted' });
      expect(removed.pullEvents()).toEqual([]);
    });

    it('refuses a payment in another currency, or of nothing', () => {
      const invoice = imported();
      expect(() => invoice.applyPayment({ ...payment(5000n), currency: 'EUR' }, now)).toThrow(
        expect.objectContaining({ code: 'INVOICING.PAYMENT_CURRENCY_MISMATCH', kind: 'invalid' }),
      );
      expect(() => invoice.applyPayment(payment(0n), now)).toThrow(
        expect.objectContaining({ code: 'INVOICING.PAYMENT_AMOUNT_NOT_POSITIVE' }),
      );
      expect(invoice.balanceMinor).toBe(12000n);
    });
  });

  describe('paid in QuickBooks', () => {
    it('takes a lower balance from QuickBooks as a payment entered there: "paid in QuickBooks"', () => {
      const first = invoiceRecord();
      const invoice = imported(first);
      const partly = revisionOf(first, { balanceMinor: 4000n });
      expect(invoice.applyQuickBooksRevision(partly, contactId, now)).toEqual({
        result: 'updated',
        reasons: ['paid in QuickBooks'],
      });
      expect(invoice).toMatchObject({
        balanceMinor: 4000n,
        paymentState: 'partially_paid',
        lastActionBy: 'quickbooks',
      });
      expect(invoice.lastActionKind).toBe('paid_in_quickbooks');
      expect(invoice.pullEvents()).toEqual([]);

      const paidAt = '2026-03-07T09:00:00.000Z';
      invoice.applyQuickBooksRevision(revisionOf(partly, { balanceMinor: 0n, lastUpdatedAt: paidAt }), contactId, now);
      expect(invoice).toMatchObject({ balanceMinor: 0n, paymentState: 'paid', lastActionKind: 'paid_in_quickbooks' });
      const [event] = invoice.pullEvents();
      expect(event).toBeInstanceOf(InvoicePaidEvent);
      expect(event).toMatchObject({ invoiceId: invoice.id, paidAt, via: 'quickbooks' });
    });

    it('does not take a lower total (an edit) as a payment', () => {
      const first = invoiceRecord();
      const invoice = imported(first);
      const cheaper = revisionOf(first, {
        lines: [itemLine(5000n)],
        taxLines: [],
        totalTaxMinor: 1000n,
        totalAmountMinor: 6000n,
        balanceMinor: 6000n,
      });
      expect(invoice.applyQuickBooksRevision(cheaper, contactId, now)).toEqual({ result: 'updated', reasons: [] });
      expect(invoice.lastActionKind).toBe('updated_from_quickbooks');
    });

    it("leaves the last action of Settle's own payment when QuickBooks echoes it", () => {
      const first = invoiceRecord();
      const invoice = imported(first);
      invoice.applyPayment(
        { paymentId: 'p1', amountMinor: 5000n, currency: 'GBP', source: 'stripe', paidAt: '2026-03-06' },
        now,
      );
      const echo = revisionOf(first, { balanceMinor: 7000n, privateNote: 'Paid by card via Settle' });
      expect(invoice.applyQuickBooksRevision(echo, contactId, now)).toEqual({
        result: 'unchanged',
        reasons: ['nothing Settle keeps changed'],
      });
      expect(invoice).toMatchObject({ balanceMinor: 7000n, lastActionKind: 'paid_by_card', quickBooksSyncToken: '1' });
      expect(invoice.pullEvents()).toEqual([]);
    });

    it('keeps the balance Settle took a payment off while QuickBooks has not heard of it yet', () => {
      const first = invoiceRecord();
      const invoice = imported(first);
      invoice.applyPayment(
        { paymentId: 'p1', amountMinor: 12000n, currency: 'GBP', source: 'stripe', paidAt: '2026-03-06' },
        now,
      );
      invoice.pullEvents();
      const edited = revisionOf(first, { dueDate: '2099-05-01' });
      expect(invoice.applyQuickBooksRevision(edited, contactId, now).result).toBe('updated');
      expect(invoice).toMatchObject({ balanceMinor: 0n, dueDate: '2099-05-01', paymentState: 'paid' });
      const echo = revisionOf(edited, { balanceMinor: 0n });
      expect(invoice.applyQuickBooksRevision(echo, contactId, now).result).toBe('unchanged');
      expect(invoice.pullEvents()).toEqual([]);
    });

    it('says paid in QuickBooks for the rest a QuickBooks payment took after a Settle one', () => {
      const first = invoiceRecord();
      const invoice = imported(first);
      invoice.applyPayment(
        { paymentId: 'p1', amountMinor: 5000n, currency: 'GBP', source: 'stripe', paidAt: '2026-03-06' },
        now,
      );
      invoice.applyQuickBooksRevision(revisionOf(first, { balanceMinor: 0n }), contactId, now);
      expect(invoice).toMatchObject({ balanceMinor: 0n, lastActionKind: 'paid_in_quickbooks' });
      expect(invoice.pullEvents()).toEqual([expect.objectContaining({ via: 'quickbooks' })]);
    });
  });
});
