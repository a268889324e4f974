import Stripe from 'stripe';
import { startStripeSandbox, type StripeSandbox } from '../index';
import { authorizeUrl, connectAccount, decide, REDIRECT_URI } from '../testing/connect';
import { sandboxStripe } from '../testing/sdk';

describe('Stripe sandbox Connect OAuth', () => {
  let sandbox: StripeSandbox;
  let stripe: Stripe;

  beforeAll(async () => {
    sandbox = await startStripeSandbox({ redirectUris: [REDIRECT_URI] });
    stripe = sandboxStripe(sandbox);
  });
  afterEach(() => sandbox.admin.reset());
  afterAll(() => sandbox.close());

  it('shows a consent page and, once approved as a plain form, redirects with code, scope and state', async () => {
    const page = await fetch(authorizeUrl(sandbox, { state: 's-1' }));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Settle (sandbox) would like to connect to your Stripe account');
    expect(html).toContain('name="decision" value="approve"');

    const form = new URLSearchParams({
      response_type: 'code',
      client_id: sandbox.clientId,
      scope: 'read_write',
      state: 's-1',
      redirect_uri: REDIRECT_URI,
      account: 'new',
      business_name: 'Hairy Bikers Ltd',
      country: 'gb',
      default_currency: 'GBP',
      charges_enabled: 'true',
      decision: 'approve',
    });
    const landing = await decide(sandbox.authorizeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(`${landing.origin}${landing.pathname}`).toBe(REDIRECT_URI);
    expect(landing.searchParams.get('state')).toBe('s-1');
    expect(landing.searchParams.get('scope')).toBe('read_write');
    expect(landing.searchParams.get('code')).toMatch(/^ac_/);

    const token = await stripe.oauth.token({
      grant_type: 'authorization_code',
      code: String(landing.searchParams.get('code')),
    });
    expect(token).toMatchObject({
      livemode: false,
      token_type: 'bearer',
      scope: 'read_write',
      stripe_publishable_key: sandbox.publishableKey,
    });
    expect(token.stripe_user_id).toMatch(/^acct_/);
    expect(token.access_token).toMatch(/^sk_test_/);
    expect(token.refresh_token).toBeTruthy();

    const account = await stripe.accounts.retrieve(String(token.stripe_user_id));
    expect(account).toMatchObject({
      id: token.stripe_user_id,
      charges_enabled: true,
      details_submitted: true,
      country: 'GB',
      default_currency: 'gbp',
      business_profile: expect.objectContaining({ name: 'Hairy Bikers Ltd' }),
    });
  });

  it('redirects with access_denied and a description when the person declines', async () => {
    const landing = await decide(authorizeUrl(sandbox, { state: 'no', decline: '1' }));
    expect(landing.searchParams.get('error')).toBe('access_denied');
    expect(landing.searchParams.get('error_description')).toBe('The user denied your request');
    expect(landing.searchParams.get('state')).toBe('no');
    expect(landing.searchParams.get('code')).toBeNull();
    expect(sandbox.admin.accounts()).toEqual([]);
  });

  it('refuses an unknown client id or an unregistered redirect URI with an error page', async () => {
    expect((await fetch(authorizeUrl(sandbox, { client_id: 'ca_unknown' }))).status).toBe(400);
    expect((await fetch(authorizeUrl(sandbox, { redirect_uri: 'https://evil.example/cb' }))).status).toBe(400);
    const badScope = await decide(authorizeUrl(sandbox, { scope: 'everything' }));
    expect(badScope.searchParams.get('error')).toBe('invalid_scope');
  });

  it('lets a code work once (StripeInvalidGrantError the second time)', async () => {
    const landing = await decide(authorizeUrl(sandbox, { approve: '1' }));
    const code = String(landing.searchParams.get('code'));
    await stripe.oauth.token({ grant_type: 'authorization_code', code });
    const second = stripe.oauth.token({ grant_type: 'authorization_code', code });
    await expect(second).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidGrantError);
    await expect(stripe.oauth.token({ grant_type: 'authorization_code', code: 'ac_nope' })).rejects.toMatchObject({
      type: 'StripeInvalidGrantError',
      message: 'Authorization code does not exist: ac_nope',
    });
  });

  it('refuses the token call made with another secret key', async () => {
    const landing = await decide(authorizeUrl(sandbox, { approve: '1' }));
    const stranger = sandboxStripe(sandbox, { key: 'sk_test_someone_else' });
    await expect(
      stranger.oauth.token({ grant_type: 'authorization_code', code: String(landing.searchParams.get('code')) }),
    ).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidClientError);
  });

  it('starts an account with charges disabled when the admin says so, and account.updated when enabled', async () => {
    sandbox.admin.setNewAccountDefaults({ chargesEnabled: false });
    const accountId = await connectAccount(sandbox, stripe);
    const account = await stripe.accounts.retrieveCurrent(undefined, { stripeAccount: accountId });
    expect(account.charges_enabled).toBe(false);

    sandbox.admin.updateAccount(accountId, { chargesEnabled: true });
    expect((await stripe.accounts.retrieve(accountId)).charges_enabled).toBe(true);
    const [updated] = sandbox.admin.events('account.updated');
    expect(updated).toMatchObject({ account: accountId, data: { previous_attributes: { charges_enabled: false } } });
  });

  it('deauthorizes: the account can no longer be acted on and account.application.deauthorized is raised', async () => {
    const accountId = await connectAccount(sandbox, stripe);
    await expect(stripe.oauth.deauthorize({ stripe_user_id: accountId })).resolves.toMatchObject({
      stripe_user_id: accountId,
    });

    const acting = stripe.accounts.retrieveCurrent(undefined, { stripeAccount: accountId });
    await expect(acting).rejects.toBeInstanceOf(Stripe.errors.StripePermissionError);
    await expect(acting).rejects.toMatchObject({ code: 'account_invalid', statusCode: 403 });
    await expect(stripe.oauth.deauthorize({ stripe_user_id: accountId })).rejects.toBeInstanceOf(
      Stripe.errors.StripeInvalidClientError,
    );
    expect(sandbox.admin.events('account.application.deauthorized')).toEqual([
      expect.objectContaining({
        account: accountId,
        data: { object: expect.objectContaining({ id: sandbox.clientId }) },
      }),
    ]);
  });

  it('reconnects an account the business chooses on the consent page', async () => {
    const accountId = await connectAccount(sandbox, stripe);
    sandbox.admin.revokeAccount(accountId);
    const again = await connectAccount(sandbox, stripe, { account: accountId });
    expect(again).toBe(accountId);
    await expect(stripe.accounts.retrieveCurrent(undefined, { stripeAccount: accountId })).resolves.toMatchObject({
      id: accountId,
    });
  });

  it('serves the authorize page at a URL the SDK would build only for https and no port (documented)', () => {
    const built = stripe.oauth.authorizeUrl({ state: 'x', redirect_uri: REDIRECT_URI });
    expect(built.startsWith(`https://${sandbox.host}/oauth/authorize?`)).toBe(true);
    expect(built).not.toContain(String(sandbox.port));
  });
});
