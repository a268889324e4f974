import { EventLog } from '../events/event-log';
import { Accounts } from '../store/accounts';
import { Ledger } from '../store/ledger';
import type { StripeEvent } from '../store/stripe-objects';
import { CheckoutService } from './checkout-service';
import { readSessionInput } from './session-params';

describe('CheckoutService expiry', () => {
  const now = 1_800_000_000;
  const form = {
    mode: 'payment',
    expires_at: String(now + 3600),
    line_items: [{ quantity: '1', price_data: { currency: 'gbp', unit_amount: '500', product_data: { name: 'A' } } }],
  };

  function service() {
    const accounts = new Accounts('Platform');
    const dispatched: StripeEvent[] = [];
    const events = new EventLog(
      '2026-10-28.endive',
      accounts.platformId,
      (e) => dispatched.push(e),
      () => true,
    );
    const checkout = new CheckoutService(new Ledger(), events, accounts, (id) => `http://sandbox/c/pay/${id}`);
    return { checkout, dispatched, platformId: accounts.platformId };
  }

  it('expires open sessions once expires_at has passed, and only those', () => {
    const { checkout, dispatched, platformId } = service();
    const due = checkout.create(platformId, readSessionInput(form, now), now);
    const later = checkout.create(platformId, readSessionInput({ ...form, expires_at: String(now + 7200) }, now), now);

    checkout.expireDue(now + 3599);
    expect(due.status).toBe('open');
    checkout.expireDue(now + 3600);
    expect(due).toMatchObject({ status: 'expired', url: null });
    expect(later.status).toBe('open');
    expect(dispatched.map((e) => [e.type, (e.data.object as { id: string }).id])).toEqual([
      ['checkout.session.expired', due.id],
    ]);
    expect(dispatched[0]).not.toHaveProperty('account');
  });

  it('leaves paid sessions alone when their time passes', () => {
    const { checkout, dispatched, platformId } = service();
    const session = checkout.create(platformId, readSessionInput(form, now), now);
    checkout.pay(session.id, { method: 'card', cardNumber: '4242 4242 4242 4242' }, { email: null, name: null });
    checkout.expireDue(now + 7200);
    expect(session.status).toBe('complete');
    expect(dispatched.map((e) => e.type)).not.toContain('checkout.session.expired');
  });
});
