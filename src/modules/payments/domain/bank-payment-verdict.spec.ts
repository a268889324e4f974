import { crezcoOutcome } from '../../../../libs/crezco';
import { bankVerdict } from './bank-payment-verdict';

const seen = (paymentId: string, code: string, createdAt = '2026-12-01T10:00:00Z') => ({ paymentId, code, createdAt });
const outcome = (code: string) => crezcoOutcome(code);

describe('bankVerdict', () => {
  it('is pending with no payment, or one still new', () => {
    expect(bankVerdict([], outcome)).toEqual({ kind: 'pending' });
    expect(bankVerdict([seen('p1', 'New')], outcome)).toEqual({ kind: 'pending' });
    expect(bankVerdict([seen('p1', 'Failed'), seen('p2', 'New')], outcome)).toEqual({ kind: 'pending' });
  });

  it('is paid when any payment completed, in any order', () => {
    expect(bankVerdict([seen('p2', 'Completed'), seen('p1', 'Cancelled')], outcome)).toEqual({
      kind: 'paid',
      paymentId: 'p2',
    });
    expect(bankVerdict([seen('p1', 'Cancelled'), seen('p2', 'Completed')], outcome).kind).toBe('paid');
  });

  it('is processing once authorised or accepted', () => {
    expect(bankVerdict([seen('p1', 'Authorised')], outcome)).toEqual({ kind: 'processing', paymentId: 'p1' });
    expect(bankVerdict([seen('p1', 'Failed'), seen('p2', 'Accepted')], outcome).kind).toBe('processing');
  });

  it('fails only when every payment failed, with the latest reason', () => {
    expect(
      bankVerdict(
        [seen('p2', 'Declined', '2026-12-01T10:05:00Z'), seen('p1', 'Cancelled', '2026-12-01T10:00:00Z')],
        outcome,
      ),
    ).toEqual({ kind: 'failed', paymentId: 'p2', reason: 'The bank declined the payment.' });
  });

  it('keeps an unknown code pending', () => {
    expect(bankVerdict([seen('p1', 'Settled')], outcome)).toEqual({ kind: 'pending' });
  });
});
