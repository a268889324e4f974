import { QuickBooksPaymentWrite, type PaymentWriteRequest } from './quickbooks-payment-write';

const request: PaymentWriteRequest & { connectionId: string; realmId: string } = {
  accountId: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a11',
  paymentId: 'pay-1',
  invoiceQuickBooksId: '130',
  amountMinor: 12345n,
  appliedMinor: 12345n,
  currency: 'GBP',
  methodName: 'Stripe',
  reference: 'STP-7K2Q9D',
  paidOn: '2026-12-01',
  connectionId: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a12',
  realmId: '9130357766542017',
};

const names = (write: QuickBooksPaymentWrite) => write.pullEvents().map((event) => event.constructor.name);

describe('QuickBooksPaymentWrite', () => {
  it('is pending in its first round until written, and says so once', () => {
    const write = QuickBooksPaymentWrite.request(request);
    expect(write).toMatchObject({ state: 'pending', round: 1, attempts: 0 });
    write.written('163', '0');
    write.written('164', '1');
    expect(write).toMatchObject({ state: 'written', quickBooksPaymentId: '163', syncToken: '0' });
    expect(names(write)).toEqual(['QuickBooksPaymentRecordedEvent']);
  });

  it('keeps the reason of a failure and goes round again on a second request', () => {
    const write = QuickBooksPaymentWrite.request(request);
    write.fail('The accounting period is closed');
    expect(names(write)).toEqual(['QuickBooksPaymentFailedEvent']);
    expect(write.lastError).toBe('The accounting period is closed');
    expect(write.requestAgain({ ...request, paidOn: '2026-12-02' })).toBe('scheduled again');
    expect(write).toMatchObject({ state: 'pending', round: 2, paidOn: '2026-12-02' });
  });

  it('leaves a pending write alone, and says again that a written one is written', () => {
    const write = QuickBooksPaymentWrite.request(request);
    expect(write.requestAgain(request)).toBe('already pending');
    write.written('163', '0');
    write.pullEvents();
    expect(write.requestAgain(request)).toBe('already written');
    expect(write.round).toBe(1);
    expect(names(write)).toEqual(['QuickBooksPaymentRecordedEvent']);
  });

  it('keeps the newest SyncToken QuickBooks reports back', () => {
    const write = QuickBooksPaymentWrite.request(request);
    write.written('163', '1');
    write.seen('0');
    expect(write.syncToken).toBe('1');
    write.seen('2');
    expect(write.syncToken).toBe('2');
  });
});
