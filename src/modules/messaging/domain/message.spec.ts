import { Message, type PartReceipt } from './message';

const text = () =>
  Message.outgoing({
    accountId: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a01',
    contactId: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a02',
    conversationId: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a03',
    purpose: 'free_text',
    text: 'Hello',
    encoding: 'GSM-7',
    parts: 2,
    contactNumber: '+447400123456',
    senderId: '447700900100',
  });

const receipt = (
  providerMessageId: string,
  outcome: PartReceipt['outcome'],
  status: string = outcome,
): PartReceipt => ({
  providerMessageId,
  outcome,
  status,
  errCode: outcome === 'delivered' ? '0' : '1',
  at: new Date('2026-12-01T10:00:00Z'),
});

describe('an outgoing message', () => {
  it('is sent once: queued → sending; a second run finds it sending and makes it unknown, never sending', () => {
    const message = text();
    expect(message.beginSending()).toBe('send');
    expect(message.state).toBe('sending');
    expect(message.beginSending()).toBe('became_unknown');
    expect(message.state).toBe('unknown');
    expect(message.beginSending()).toBe('nothing');
  });

  it('goes back to queued when Vonage did not take it, so the retry sends it', () => {
    const message = text();
    message.beginSending();
    message.releaseForRetry();
    expect(message.beginSending()).toBe('send');
  });

  it('is delivered when every part is, and not before', () => {
    const message = text();
    message.beginSending();
    message.accepted(['A', 'B']);
    message.applyReceipts([receipt('A', 'delivered'), receipt('A', 'delivered')]);
    expect(message.state).toBe('sent');
    message.applyReceipts([receipt('A', 'delivered'), receipt('B', 'delivered')]);
    expect(message.state).toBe('delivered');
  });

  it('fails with the receipt as reason when a part fails for good, whatever came before', () => {
    const message = text();
    message.beginSending();
    message.accepted(['A', 'B']);
    message.applyReceipts([receipt('A', 'delivered'), receipt('B', 'failed', 'expired')]);
    expect(message.state).toBe('failed');
    expect(message.failureReason).toBe('expired (err-code 1)');
    message.applyReceipts([receipt('B', 'delivered')]);
    expect(message.state).toBe('failed');
  });

  it('is reconciled from unknown by its receipts, which also tell its part ids', () => {
    const message = text();
    message.beginSending();
    message.beginSending();
    message.applyReceipts([receipt('A', 'pending', 'accepted')]);
    expect(message.state).toBe('sent');
    message.applyReceipts([receipt('A', 'delivered'), receipt('B', 'delivered')]);
    expect(message.state).toBe('delivered');
    expect(message.providerIds).toEqual(['A', 'B']);
  });

  it('does not move back when the send is recorded after its receipts', () => {
    const message = text();
    message.beginSending();
    message.applyReceipts([receipt('A', 'delivered'), receipt('B', 'delivered')]);
    message.accepted(['A', 'B']);
    expect(message.state).toBe('delivered');
  });
});
