import { EnvironmentError } from '../../../platform/config/environment';
import { apiAddressOf, readPaymentsConfig } from './payments.config';

describe('the STRIPE_* configuration', () => {
  it("defaults to Stripe's own hosts and no platform", () => {
    expect(readPaymentsConfig({})).toMatchObject({
      configured: false,
      api: { host: 'api.stripe.com', port: 443, protocol: 'https' },
      connectBaseUrl: 'https://connect.stripe.com',
      redirectUri: 'http://localhost:3000/api/v1/integrations/stripe/callback',
    });
  });

  it('points the SDK at another host, port and protocol', () => {
    expect(apiAddressOf('http://127.0.0.1:12111')).toEqual({ host: '127.0.0.1', port: 12111, protocol: 'http' });
  });

  it('names the variable that is wrong, and asks for all three credentials or none', () => {
    expect(() => readPaymentsConfig({ STRIPE_SECRET_KEY: 'pk_test_x' })).toThrow(/STRIPE_SECRET_KEY/);
    expect(() => readPaymentsConfig({ STRIPE_API_BASE_URL: 'https://api.stripe.com/v1' })).toThrow(EnvironmentError);
    expect(() => readPaymentsConfig({ STRIPE_SECRET_KEY: 'sk_test_x' })).toThrow(/set all three/);
    expect(
      readPaymentsConfig({ STRIPE_SECRET_KEY: 'sk_test_x', STRIPE_CLIENT_ID: 'ca_x', STRIPE_WEBHOOK_SECRET: 'whsec_x' })
        .configured,
    ).toBe(true);
  });
});
