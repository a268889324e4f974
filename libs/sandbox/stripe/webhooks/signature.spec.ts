import Stripe from 'stripe';
import { stripeSignatureHeader } from './signature';

describe('stripeSignatureHeader', () => {
  const payload = '{"id":"evt_test_webhook","object":"event"}';

  it('matches the test vector of stripe.md (node:crypto, confirmed by stripe-node 23.1.0)', () => {
    expect(stripeSignatureHeader(payload, 'whsec_test_secret', 1700000000)).toBe(
      't=1700000000,v1=d95c6b7477fbd7e9f90b1b0ef5f9c7ac25abca5382460e0d988c2b2a5b71b990',
    );
  });

  it('is what the SDK generates and accepts', () => {
    const stripe = new Stripe('sk_test_x');
    const timestamp = Math.floor(Date.now() / 1000);
    const header = stripeSignatureHeader(payload, 'whsec_abc', timestamp);
    expect(header).toBe(stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_abc', timestamp }));
    expect(stripe.webhooks.constructEvent(payload, header, 'whsec_abc').id).toBe('evt_test_webhook');
    expect(() => stripe.webhooks.constructEvent(payload, header, 'whsec_other')).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
  });
});
