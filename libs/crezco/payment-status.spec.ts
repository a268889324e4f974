import { crezcoOutcome, isTerminalCrezcoStatus } from './payment-status';

describe('Crezco payment statuses', () => {
  it('maps each known code to what it means for the payee', () => {
    expect(crezcoOutcome('New')).toBe('pending');
    expect(crezcoOutcome('Authorised')).toBe('processing');
    expect(crezcoOutcome('Accepted')).toBe('processing');
    expect(crezcoOutcome('Completed')).toBe('paid');
    for (const failed of ['Cancelled', 'Failed', 'Denied', 'Declined']) expect(crezcoOutcome(failed)).toBe('failed');
  });

  it('keeps an unknown code pending', () => {
    expect(crezcoOutcome('Settled')).toBe('pending');
    expect(crezcoOutcome('completed')).toBe('pending');
  });

  it('takes another name for success when told', () => {
    expect(crezcoOutcome('Settled', 'Settled')).toBe('paid');
    expect(crezcoOutcome('Completed', 'Settled')).toBe('pending');
  });

  it('knows which codes are final', () => {
    expect(isTerminalCrezcoStatus('Completed')).toBe(true);
    expect(isTerminalCrezcoStatus('Denied')).toBe(true);
    expect(isTerminalCrezcoStatus('Accepted')).toBe(false);
    expect(isTerminalCrezcoStatus('New')).toBe(false);
  });
});
