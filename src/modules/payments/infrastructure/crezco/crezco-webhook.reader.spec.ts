import { readCrezcoWebhook } from './crezco-webhook.reader';

const attemptId = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const event = {
  type: 'Payment',
  eventType: 'PaymentCompleted',
  id: '02ea8cc2-a831-4e3a-87e6-2c25c7bf42dc',
  metadata: { payDemandId: 'a1b4591e-4d93-4978-bea1-f9611d8712cd' },
  partnerMetadata: { settleAttemptId: attemptId },
  timestamp: '2023-09-18T11:25:56.0702497Z',
};

describe('readCrezcoWebhook', () => {
  it('reads each event of an array, or one bare event', () => {
    const pointer = { attemptId, payDemandId: 'a1b4591e-4d93-4978-bea1-f9611d8712cd' };
    expect(readCrezcoWebhook(JSON.stringify([event, event]))).toEqual([pointer, pointer]);
    expect(readCrezcoWebhook(JSON.stringify(event))).toEqual([pointer]);
  });

  it('takes the pay demand alone when partnerMetadata is empty, as the docs show it', () => {
    expect(readCrezcoWebhook(JSON.stringify([{ ...event, partnerMetadata: {} }]))).toEqual([
      { attemptId: null, payDemandId: 'a1b4591e-4d93-4978-bea1-f9611d8712cd' },
    ]);
  });

  it('names nothing for anything unreadable', () => {
    expect(readCrezcoWebhook('not json')).toEqual([]);
    expect(readCrezcoWebhook('null')).toEqual([]);
    expect(readCrezcoWebhook(JSON.stringify([{ metadata: { payDemandId: 42 } }]))).toEqual([]);
    expect(readCrezcoWebhook(JSON.stringify([{ partnerMetadata: { settleAttemptId: 'x' } }]))).toEqual([]);
  });
});
