import axios from 'axios';
import { startQuickBooksSandbox, type QuickBooksSandbox } from '../index';
import { companyFixture } from '../testing/company-fixture';
import {
  accountingApi,
  ACCOUNTING_SCOPES,
  approveConsent,
  connect,
  REDIRECT_URI,
  sandboxOAuthClient,
} from '../testing/connect';

describe('QuickBooks sandbox OAuth', () => {
  let sandbox: QuickBooksSandbox;

  beforeAll(async () => {
    sandbox = await startQuickBooksSandbox({
      companies: [
        companyFixture({ realmId: '111', companyName: 'First Co' }),
        companyFixture({ realmId: '222', companyName: 'Second Co' }),
      ],
      redirectUris: [REDIRECT_URI],
    });
  });
  afterAll(() => sandbox.close());

  it('shows a consent page naming the company, submittable as a plain form', async () => {
    const client = sandboxOAuthClient(sandbox);
    const authorizeUri = client.authorizeUri({ scope: ACCOUNTING_SCOPES, state: 's1' });
    const page = await axios.get<string>(authorizeUri);
    expect(page.data).toContain('First Co');
    expect(page.headers.intuit_tid).toBeDefined();

    const form = new URLSearchParams(new URL(authorizeUri).search);
    form.set('realmId', '222');
    form.set('decision', 'approve');
    const posted = await axios.post(sandbox.authorizeUrl, form.toString(), {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      maxRedirects: 0,
      validateStatus: (s) => s === 302,
    });
    const landing = new URL(String(posted.headers.location));
    expect(`${landing.origin}${landing.pathname}`).toBe(REDIRECT_URI);
    expect(landing.searchParams.get('state')).toBe('s1');
    expect(landing.searchParams.get('realmId')).toBe('222');
    expect(landing.searchParams.get('code')).toBeTruthy();
  });

  it('redirects with access_denied when the user declines', async () => {
    const client = sandboxOAuthClient(sandbox);
    const url = new URL(client.authorizeUri({ scope: ACCOUNTING_SCOPES, state: 'no-thanks' }));
    url.searchParams.set('decline', '1');
    const response = await axios.get(url.toString(), { maxRedirects: 0, validateStatus: (s) => s === 302 });
    const landing = new URL(String(response.headers.location));
    expect(landing.searchParams.get('error')).toBe('access_denied');
    expect(landing.searchParams.get('state')).toBe('no-thanks');
    expect(landing.searchParams.get('code')).toBeNull();
  });

  it('refuses an unknown client or an unregistered redirect URI on the authorize page', async () => {
    const url = new URL(sandboxOAuthClient(sandbox).authorizeUri({ scope: ACCOUNTING_SCOPES }));
    url.searchParams.set('client_id', 'someone-else');
    expect((await axios.get(url.toString(), { validateStatus: () => true })).status).toBe(400);
    url.searchParams.set('client_id', sandbox.clientId);
    url.searchParams.set('redirect_uri', 'https://evil.example/cb');
    expect((await axios.get(url.toString(), { validateStatus: () => true })).status).toBe(400);
  });

  it('exchanges a code once, with intuit-oauth, and the token reads the API', async () => {
    const client = sandboxOAuthClient(sandbox);
    const landing = await approveConsent(client.authorizeUri({ scope: ACCOUNTING_SCOPES, state: 'x' }), '111');
    const created = await client.createToken(landing.toString());
    const json = created.getJson() as Record<string, unknown>;
    expect(json).toMatchObject({ token_type: 'bearer', expires_in: 3600, x_refresh_token_expires_in: 8726400 });
    expect(typeof json.id_token).toBe('string');
    expect(client.getToken().realmId).toBe('111');

    const info = await accountingApi(sandbox, { realmId: '111', accessToken: client.getToken().access_token }).get(
      '/companyinfo/111',
    );
    expect(info.data.CompanyInfo.CompanyName).toBe('First Co');

    const again = sandboxOAuthClient(sandbox);
    await expect(again.createToken(landing.toString())).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('checks HTTP Basic client authentication on the token endpoint', async () => {
    const response = await axios.post(sandbox.tokenUrl, 'grant_type=refresh_token&refresh_token=x', {
      auth: { username: sandbox.clientId, password: 'wrong' },
      validateStatus: () => true,
    });
    expect(response.status).toBe(401);
    expect(response.data).toEqual({ error: 'invalid_client' });
  });

  it('rotates refresh tokens and refuses an old one once its successor was used', async () => {
    const { client, refreshToken: first } = await connect(sandbox, '111');
    const second = (await client.refreshUsingToken(first)).getJson().refresh_token as string;
    expect(second).not.toBe(first);
    const third = (await client.refreshUsingToken(second)).getJson().refresh_token as string;
    expect(third).not.toBe(second);
    await expect(client.refreshUsingToken(first)).rejects.toMatchObject({ error: 'invalid_grant' });
    await expect(client.refreshUsingToken(third)).resolves.toBeDefined();
  });

  it('answers x_refresh_token_hard_expires_in when asked for it', async () => {
    const { refreshToken } = await connect(sandbox, '111');
    const client = sandboxOAuthClient(sandbox, { includeHardExpiry: true });
    const json = (await client.refreshUsingToken(refreshToken)).getJson() as Record<string, number>;
    expect(json.x_refresh_token_hard_expires_in).toBeGreaterThan(json.x_refresh_token_expires_in);
  });

  it('revokes a connection: tokens stop working, refresh gives invalid_grant', async () => {
    const connection = await connect(sandbox, '111');
    await connection.client.revoke({ refresh_token: connection.refreshToken });
    const api = accountingApi(sandbox, connection);
    const read = await api.get('/companyinfo/111');
    expect(read.status).toBe(401);
    expect(read.data.Fault.type).toBe('AuthenticationFault');
    await expect(sandboxOAuthClient(sandbox).refreshUsingToken(connection.refreshToken)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('expires access tokens after the TTL with a 401 AuthenticationFault 3200', async () => {
    const connection = await connect(sandbox, '111');
    sandbox.admin.expireAccessTokens();
    const response = await accountingApi(sandbox, connection).get('/preferences');
    expect(response.status).toBe(401);
    expect(response.headers.intuit_tid).toBeDefined();
    expect(response.data.Fault.Error[0]).toMatchObject({
      code: '3200',
      Message: 'message=AuthenticationFailed; errorCode=003200; statusCode=401',
    });
    expect(response.data.Fault.Error[0].Detail).toMatch(/^Token expired/);
  });

  it('refuses a token of one company used for another with a 403 AuthorizationFault', async () => {
    const connection = await connect(sandbox, '111');
    const response = await accountingApi(sandbox, { ...connection, realmId: '222' }).get('/preferences');
    expect(response.status).toBe(403);
    expect(response.data.Fault.type).toBe('AuthorizationFault');
  });

  it('serves userinfo for an openid token', async () => {
    const connection = await connect(sandbox, '222');
    const info = await connection.client.getUserInfo();
    expect(info.getJson()).toMatchObject({ email: 'owner@sandbox-plumbing.example', emailVerified: true });
  });
});

describe('QuickBooks sandbox access-token TTL', () => {
  it('honours a short accessTokenTtlSeconds', async () => {
    const sandbox = await startQuickBooksSandbox({
      companies: [companyFixture({ realmId: '1' })],
      accessTokenTtlSeconds: 1,
    });
    try {
      const connection = await connect(sandbox, '1');
      const api = accountingApi(sandbox, connection);
      expect((await api.get('/preferences')).status).toBe(200);
      const deadline = Date.now() + 3000;
      let status = 200;
      while (status === 200 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        status = (await api.get('/preferences')).status;
      }
      expect(status).toBe(401);
    } finally {
      await sandbox.close();
    }
  });
});
