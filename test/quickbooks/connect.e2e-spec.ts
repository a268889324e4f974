import { EntityManager } from '@mikro-orm/postgresql';
import { QueryBus } from '@nestjs/cqrs';
import { generateCompany } from '../../libs/sandbox/quickbooks/generator';
import { GetConnectedCompanyQuery } from '../../src/modules/integration/contracts';
import { QuickBooksConnection } from '../../src/modules/integration/domain/quickbooks-connection';
import { OutboxMessage } from '../../src/platform/outbox/outbox-message';
import { signUp } from '../support/accounts';
import { connectQuickBooks, startAppWithSandbox, type SandboxedApp } from '../support/quickbooks';

const first = generateCompany({
  seed: 'connect-1',
  customers: 5,
  invoices: 5,
  realmId: '9130000000000001',
  companyName: 'Hartley & Moss Joinery Ltd',
});
// CompanyInfo's CompanyName is the name to show; the legal name differs, to prove which is read.
first.companyInfo.LegalName = 'Hartley and Moss (Joinery) Limited';
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
  const em = () => env.app.app.get(EntityManager).fork();
  const connectedCompany = (accountId: string) =>
    env.app.app.get(QueryBus).execute(new GetConnectedCompanyQuery(accountId));
  const connectedEvents = (accountId: string) =>
    em().count(OutboxMessage, { eventName: 'integration.quickbooks-connected.v1', accountId });

  /**
   * Makes recording this account's QuickBooksConnected fail when the transaction commits, after
   * every write of the connection was made: its last step, the one a half-done connection lacked.
   */
  async function refuseConnectedEventOf(accountId: string): Promise<() => Promise<void>> {
    const connection = em().getConnection();
    const name = `refuse_connected_${accountId.replace(/-/g, '')}`;
    await connection.execute(
      `create function ${name}() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$`,
    );
    await connection.execute(
      `create constraint trigger ${name} after insert on platform_outbox deferrable initially deferred for each row
       when (new.account_id = '${accountId}' and new.event_name = 'integration.quickbooks-connected.v1')
       execute function ${name}()`,
    );
    return async () => {
      await connection.execute(`drop trigger ${name} on platform_outbox`);
      await connection.execute(`drop function ${name}()`);
    };
  }

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
    const [event] = await em().find(OutboxMessage, {
      eventName: 'integration.quickbooks-connected.v1',
      accountId: owner.accountId,
    });
    expect(event.payload).toMatchObject({
      realmId: first.realmId,
      companyName: 'Hartley & Moss Joinery Ltd',
      homeCurrency: 'GBP',
    });
  });

  it("answers the connected company with CompanyInfo's name to other contexts, and null without one", async () => {
    const owner = await signUp(env.app);
    expect(await connectedCompany(owner.accountId)).toBeNull();
    const extra = generateCompany({
      seed: 'connect-6',
      customers: 2,
      invoices: 2,
      realmId: '9130000000000006',
      companyName: 'Original Name Ltd',
    });
    env.sandbox.admin.addCompany({
      ...extra,
      companyInfo: { ...extra.companyInfo, CompanyName: 'Renamed In QuickBooks Ltd', LegalName: 'Legal Name Ltd' },
    });

    await connectQuickBooks(env, owner, { realmId: extra.realmId });

    expect(await connectedCompany(owner.accountId)).toEqual({
      realmId: extra.realmId,
      companyName: 'Renamed In QuickBooks Ltd',
      homeCurrency: extra.preferences.CurrencyPrefs?.HomeCurrency?.value,
    });
    await env.app.http().delete('/api/v1/integrations/quickbooks').set(owner.auth).expect(204);
    expect(await connectedCompany(owner.accountId)).toBeNull();
  });

  it('stores the connection, its tokens and its event together, or none of them', async () => {
    const owner = await signUp(env.app);
    const extra = generateCompany({ seed: 'connect-7', customers: 2, invoices: 2, realmId: '9130000000000007' });
    env.sandbox.admin.addCompany(extra);
    const allow = await refuseConnectedEventOf(owner.accountId);
    try {
      const landing = await connectQuickBooks(env, owner, { realmId: extra.realmId });
      expect(landing.status).toBe(500);
    } finally {
      await allow();
    }
    expect(await em().count(QuickBooksConnection, { accountId: owner.accountId }, { filters: false })).toBe(0);
    expect(await connectedEvents(owner.accountId)).toBe(0);
    await status(owner.auth).expect(404);

    const retried = await connectQuickBooks(env, owner, { realmId: extra.realmId });
    expect(retried.status).toBe(200);
    expect(await connectedEvents(owner.accountId)).toBe(1);
  });

  it('leaves the connection as it was when recording a reconnection fails', async () => {
    const owner = await signUp(env.app);
    const before = generateCompany({ seed: 'connect-8', customers: 2, invoices: 2, realmId: '9130000000000008' });
    const after = generateCompany({ seed: 'connect-9', customers: 2, invoices: 2, realmId: '9130000000000009' });
    env.sandbox.admin.addCompany(before);
    env.sandbox.admin.addCompany(after);
    await connectQuickBooks(env, owner, { realmId: before.realmId });
    const held = await em().findOneOrFail(QuickBooksConnection, { accountId: owner.accountId }, { filters: false });

    const allow = await refuseConnectedEventOf(owner.accountId);
    try {
      const landing = await connectQuickBooks(env, owner, { realmId: after.realmId, replaceCompany: true });
      expect(landing.status).toBe(500);
    } finally {
      await allow();
    }
    const kept = await em().findOneOrFail(QuickBooksConnection, { accountId: owner.accountId }, { filters: false });
    expect(kept).toMatchObject({
      realmId: before.realmId,
      companyName: held.companyName,
      refreshToken: held.refreshToken,
      status: 'connected',
    });
    expect(await connectedEvents(owner.accountId)).toBe(1);
  });

  it('stores the tokens encrypted and finds the Undeposited Funds account', async () => {
    const owner = await signUp(env.app);
    await connectQuickBooks(env, owner, { realmId: second.realmId });
    const stored = await em().findOneOrFail(QuickBooksConnection, { accountId: owner.accountId }, { filters: false });
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
