import { deliveryOutcome, sendStatusOutcome, VONAGE_SEND_STATUS } from './index';

describe('sendStatusOutcome', () => {
  it.each([
    ['0', 'accepted'],
    ['1', 'retry'],
    ['5', 'retry'],
    ['10', 'retry'],
    ['7', 'suppress_number'],
    ['33', 'suppress_number'],
    ['4', 'account_problem'],
    ['8', 'account_problem'],
    ['9', 'account_problem'],
    ['11', 'account_problem'],
    ['29', 'account_problem'],
    ['2', 'permanent'],
    ['3', 'permanent'],
    ['6', 'permanent'],
    ['12', 'permanent'],
    ['14', 'permanent'],
    ['15', 'permanent'],
    ['22', 'permanent'],
    ['23', 'permanent'],
    ['32', 'permanent'],
  ])('treats status %s as %s', (status, outcome) => {
    expect(sendStatusOutcome(status)).toBe(outcome);
  });

  it('treats a status it does not know, or an inherited key, as permanent', () => {
    expect(sendStatusOutcome('99')).toBe('permanent');
    expect(sendStatusOutcome('')).toBe('permanent');
    expect(sendStatusOutcome('toString')).toBe('permanent');
  });

  it('names every documented status', () => {
    expect(Object.keys(VONAGE_SEND_STATUS).map(Number)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 22, 23, 29, 32, 33,
    ]);
    expect(VONAGE_SEND_STATUS['1'].meaning).toBe('Throttled');
  });
});

describe('deliveryOutcome', () => {
  it.each([
    ['delivered', '0', 'delivered'],
    ['failed', '1', 'failed'],
    ['failed', '2', 'failed'],
    ['rejected', '6', 'failed'],
    ['expired', '0', 'failed'],
    ['failed', '3', 'suppress_number'],
    ['failed', '4', 'suppress_number'],
    ['rejected', '9', 'suppress_number'],
    ['expired', '3', 'suppress_number'],
    ['accepted', '0', 'pending'],
    ['buffered', '0', 'pending'],
    ['unknown', '1', 'pending'],
    ['something-new', '0', 'pending'],
  ])('treats %s with err-code %s as %s', (status, errCode, outcome) => {
    expect(deliveryOutcome(status, errCode)).toBe(outcome);
  });
});
