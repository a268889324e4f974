import { EntityManager } from '@mikro-orm/postgresql';
import { generateCompany } from '../../libs/sandbox/quickbooks/generator';
import { QuickBooksConnection } from '../../src/modules/integration/domain/quickbooks-connection';
import { signUp } from '../support/accounts';
import { connectQuickBooks, startAppWithSandbox, type SandboxedApp } from '../support/quickbooks';

const first = generateCompany({
  seed: 'connect-1',
  customers: 5,
  invoices: 5,
  realmId: '9130000000000001',
  companyName: 'Hartley & Moss Joinery Ltd',
});
const second = generateCompany({
  seed: 'connect-2',
  customers: 5,
  invoices: 5,
  realmId: '9130000000000002',
  companyName: 'Second Books Ltd',
});

describe('connecting QuickBooks', () => {
  let env: SandboxedApp;

  beforeAll(async () => {
    env = await startAppWithSandbox([first, second]);
  });

  afterAll(() => env.close());

  const status = (auth: { Authorization: string }) => env.app.http().get('/api/v1/integrations/quickbooks').set(auth);

  it('connects by following the real redirects and shows the company', async () => {
    const owner = await signUp(env.app);

    const landing = await connectQuickBooks(env, owner, { realmId: first.realmId });

    expect(landing.status).toBe(200);
    expect(landing.page).toContain(
      `Connected to Hartley &amp; Moss Joinery Ltd (company ID ${first.realmId}). You can close this window.`,
    );
    const shown = await status(owner.auth).expect(200);
    expect(shown.body).toMatchObject({
      status: 'connected',
      companyName: 'Hartley & Moss Joinery Ltd',
      realmId: first.realmId,
      homeCurrency: 'GBP',
      connectedByUserId: owner.userId,
      recentFailures: [],
    });
    expect(new Date(shown.body.tokens.accessTokenExpiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(new Date(shown.body.tokens.refreshTokenHardExpiresAt).getTime()).toBeGreaterThan(Date.now());
  });

  it('stores the tokens encrypted and finds the Undeposited Funds account', async () => {
    const owner = await signUp(env.app);
    await connectQuickBooks(env, owner, { realmId: second.realmId });
    const stored = await env.app.app
      .get(EntityManager)
      .fork()
      .findOneOrFail(QuickBooksConnection, { accountId: owner.accountId }, { filters: false });
    expect(stored.accessToken).toMatch(/^v1\./);
    expect(stored.refreshToken).toMatch(/^v1\./);
    const undeposited = second.accounts.find((account) => account.AccountSubType === 'UndepositedFunds');
    expect(stored.undepositedFundsAccountId).toBe(undeposited?.Id);
  });

  it('refuses a company already connected to another account', async () => {
    const other = await signUp(env.app);
    const landing = await connectQuickBooks(env, other, { realmId: first.realmId });
    expect(landing.status).toBe(409);
    expect(landing.page).toContain('already connected to another Settle account');
    await status(other.auth).expect(404);
  });

  it('says so clearly when the user declines, and stores nothing', async () => {
    const owner = await signUp(env.app);
    const landing = await connectQuickBooks(env, owner, { decline: true });
    expect(landing.status).toBe(403);
    expect(landing.page).toContain('QuickBooks access was declined');
    expect(landing.page).not.toMatch(/at .*\.ts:\d+/);
    await status(owner.auth).expect(404);
  });

  it('refuses a replayed, unknown or expired state', async () => {
    const owner = await signUp(env.app);
    const started = await env.app
      .http()
      .post('/api/v1/integrations/quickbooks/connect')
      .set(owner.auth)
      .send({})
      .expect(200);
    const authorize = new URL(started.body.authorizeUrl);
    authorize.searchParams.set('approve', '1');
    const consent = await fetch(authorize, { redirect: 'manual' });
    const callback = new URL(consent.headers.get('location') as string);
    const path = `${callback.pathname}${callback.search}`;
    await env.app.http().get(path).expect(409);

    const replay = await env.app.http().get(path).expect(400);
    expect(replay.text).toContain('expired or was already used');
    await env.app.http().get('/api/v1/integrations/quickbooks/callback?state=forged&code=x&realmId=1').expect(400);

    const fresh = await env.app
      .http()
      .post('/api/v1/integrations/quickbooks/connect')
      .set(owner.auth)
      .send({})
      .expect(200);
    const state = new URL(fresh.body.authorizeUrl).searchParams.get('state') as string;
    await env.app.app
      .get(EntityManager)
      .getConnection()
      .execute(`update integration_oauth_states set expires_at = now() - interval '1 second' where id = ?`, [state]);
    await env.app
      .http()
      .get(`/api/v1/integrations/quickbooks/callback?state=${state}&code=x&realmId=${second.realmId}`)
      .expect(400);
  });

  it('refuses to switch company unless asked to, and then switches', async () => {
    const owner = await signUp(env.app);
    const extra = generateCompany({
      seed: 'connect-3',
      customers: 3,
      invoices: 3,
      realmId: '9130000000000003',
      companyName: 'Third Ltd',
    });
    const fourth = generateCompany({
      seed: 'connect-4',
      customers: 3,
      invoices: 3,
      realmId: '9130000000000004',
      companyName: 'Fourth Ltd',
    });
    env.sandbox.admin.addCompany(extra);
    env.sandbox.admin.addCompany(fourth);
    await connectQuickBooks(env, owner, { realmId: extra.realmId });

    const refused = await connectQuickBooks(env, owner, { realmId: fourth.realmId });
    expect(refused.status).toBe(409);
    expect(refused.page).toContain('replaceCompany');
    expect((await status(owner.auth)).body.realmId).toBe(extra.realmId);

    const same = await connectQuickBooks(env, owner, { realmId: extra.realmId });
    expect(same.status).toBe(200);

    const switched = await connectQuickBooks(env, owner, { realmId: fourth.realmId, replaceCompany: true });
    expect(switched.status).toBe(200);
    expect((await status(owner.auth)).body).toMatchObject({ realmId: fourth.realmId, companyName: 'Fourth Ltd' });
  });

  it('disconnects: revokes the tokens at Intuit and says so', async () => {
    const owner = await signUp(env.app);
    const extra = generateCompany({ seed: 'connect-5', customers: 3, invoices: 3, realmId: '9130000000000005' });
    env.sandbox.admin.addCompany(extra);
    await connectQuickBooks(env, owner, { realmId: extra.realmId });
    const revokesBefore = env.sandbox.admin.oauthCalls().filter((call) => call.endpoint === 'revoke').length;

    await env.app.http().delete('/api/v1/integrations/quickbooks').set(owner.auth).expect(204);

    expect(env.sandbox.admin.oauthCalls().filter((call) => call.endpoint === 'revoke')).toHaveLength(revokesBefore + 1);
    const shown = await status(owner.auth).expect(200);
    expect(shown.body).toMatchObject({ status: 'disconnected', realmId: extra.realmId });
    expect(shown.body.tokens.accessTokenExpiresAt).toBeNull();
  });

  it('lets only owners and admins connect', async () => {
    const owner = await signUp(env.app);
    const email = `member-${owner.userId.slice(-6)}@example.com`;
    await env.app
      .http()
      .post('/api/v1/users')
      .set(owner.auth)
      .send({ email, password: 'member password!', role: 'member' })
      .expect(201);
    const login = await env.app
      .http()
      .post('/api/v1/auth/login')
      .send({ email, password: 'member password!' })
      .expect(200);
    await env.app
      .http()
      .post('/api/v1/integrations/quickbooks/connect')
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .send({})
      .expect(403);
  });
});
