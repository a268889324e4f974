import { QuickBooksSentMark } from './quickbooks-sent-mark';

function mark(): QuickBooksSentMark {
  return QuickBooksSentMark.request({
    accountId: 'account',
    connectionId: 'connection',
    realmId: '1',
    invoiceId: 'invoice',
    invoiceQuickBooksId: '130',
    messageId: 'message',
    sentAt: new Date('2026-12-01T10:32:00Z'),
    line: 'Sent by SMS via Settle 2026-12-01 10:32',
  });
}

const base = { syncToken: '4', updatedAt: new Date('2026-12-01T10:32:01Z') };
const note = 'Ring twice\nSent by SMS via Settle 2026-12-01 10:32';
const later = new Date('2026-12-01T10:32:02Z');

describe("recognising Settle's own write to an invoice", () => {
  it('knows the revision QuickBooks answered with, and no other', () => {
    const written = mark();
    written.writing(base, note);
    written.written('5', later);
    expect(written.baseOfOwnRevision({ syncToken: '5', updatedAt: later, privateNote: note })).toEqual(base);
    expect(written.baseOfOwnRevision({ syncToken: '6', updatedAt: later, privateNote: note })).toBeNull();
  });

  it('while the answer is not recorded, takes a newer revision holding exactly the note sent', () => {
    const inFlight = mark();
    inFlight.writing(base, note);
    expect(inFlight.baseOfOwnRevision({ syncToken: '5', updatedAt: later, privateNote: note })).toEqual(base);
    expect(inFlight.baseOfOwnRevision({ syncToken: '5', updatedAt: later, privateNote: 'Ring twice' })).toBeNull();
    expect(inFlight.baseOfOwnRevision({ syncToken: '4', updatedAt: base.updatedAt, privateNote: note })).toBeNull();
  });

  it('claims nothing before it has written or once it settled without writing', () => {
    const queued = mark();
    expect(queued.baseOfOwnRevision({ syncToken: '5', updatedAt: later, privateNote: note })).toBeNull();
    queued.writing(base, note);
    queued.settle('failed', 'failed: QuickBooks did not answer', later);
    expect(queued.baseOfOwnRevision({ syncToken: '5', updatedAt: later, privateNote: note })).toBeNull();
  });
});
