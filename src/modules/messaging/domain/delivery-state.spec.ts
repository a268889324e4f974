import { messageDeliveryState, type PartReceipt } from './delivery-state';

const receipt = (partId: string, outcome: PartReceipt['outcome']): PartReceipt => ({ partId, outcome });

describe('messageDeliveryState', () => {
  it('is sent until a receipt comes', () => {
    expect(messageDeliveryState(1, [])).toBe('sent');
    expect(messageDeliveryState(2, [receipt('a', 'pending'), receipt('b', 'pending')])).toBe('sent');
  });

  it('is delivered when every part is', () => {
    expect(messageDeliveryState(1, [receipt('a', 'delivered')])).toBe('delivered');
    expect(messageDeliveryState(3, [receipt('a', 'delivered'), receipt('b', 'delivered')])).toBe('sent');
    expect(
      messageDeliveryState(3, [
        receipt('c', 'delivered'),
        receipt('a', 'pending'),
        receipt('a', 'delivered'),
        receipt('b', 'delivered'),
      ]),
    ).toBe('delivered');
  });

  it('does not count the same part twice', () => {
    expect(messageDeliveryState(2, [receipt('a', 'delivered'), receipt('a', 'delivered')])).toBe('sent');
  });

  it('is failed when any part fails finally, whatever the others say or the order', () => {
    expect(messageDeliveryState(2, [receipt('a', 'delivered'), receipt('b', 'failed')])).toBe('failed');
    expect(messageDeliveryState(2, [receipt('b', 'failed'), receipt('a', 'pending')])).toBe('failed');
    expect(messageDeliveryState(1, [receipt('a', 'suppress_number')])).toBe('failed');
    expect(messageDeliveryState(1, [receipt('a', 'failed'), receipt('a', 'delivered')])).toBe('failed');
  });
});
