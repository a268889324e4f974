import type { AxiosInstance } from 'axios';
import { DECLINED_MESSAGE, startCrezcoSandbox, type CrezcoSandbox } from '../index';
import { crezcoClient, pageClient, pathOf, submitForm } from '../testing/client';

const REDIRECT_URI = 'http://127.0.0.1:3000/api/v1/integrations/crezco/callback?state=s1';

describe('Crezco sandbox partner onboarding and users', () => {
  let sandbox: CrezcoSandbox;
  let crezco: AxiosInstance;
  let pages: AxiosInstance;

  beforeAll(async () => {
    sandbox = await startCrezcoSandbox({ partnerId: 'settle-sandbox' });
    crezco = crezcoClient(sandbox);
    pages = pageClient(sandbox);
  });
  beforeEach(() => sandbox.admin.reset());
  afterAll(() => sandbox.close());

  const onboarding = (extra: Record<string, string> = {}) =>
    `/onboarding?${new URLSearchParams({ partner_id: sandbox.partnerId, redirect_uri: REDIRECT_URI, ...extra }).toString()}`;

  it('shows a consent page for the partner', async () => {
    const response = await pages.get<string>(onboarding());
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.data).toContain('settle-sandbox would like to collect payments');
    expect(response.data).toContain('id="approve"');
    expect(response.data).toContain('id="decline"');
    expect(sandbox.onboardingUrl).toBe(`${sandbox.baseUrl}/onboarding`);
  });

  it('approving redirects back with user-id, a user GET /v1/users/{id} returns', async () => {
    const response = await submitForm(pages, '/onboarding', {
      partner_id: sandbox.partnerId,
      redirect_uri: REDIRECT_URI,
      displayName: 'Acme Plumbing Ltd',
      firstName: 'Ada',
      lastName: 'Lovelace',
      eMail: 'ada@acme.example',
      decision: 'approve',
    });
    expect(response.status).toBe(303);
    const back = new URL(String(response.headers.location));
    expect(`${back.origin}${back.pathname}`).toBe('http://127.0.0.1:3000/api/v1/integrations/crezco/callback');
    expect(back.searchParams.get('state')).toBe('s1');
    const userId = String(back.searchParams.get('user-id'));
    expect(userId).toMatch(/^[0-9a-f-]{36}$/);

    const user = await crezco.get(`/v1/users/${userId}`);
    expect(user.status).toBe(200);
    expect(user.data).toEqual({
      id: userId,
      displayName: 'Acme Plumbing Ltd',
      firstName: 'Ada',
      lastName: 'Lovelace',
      eMail: 'ada@acme.example',
    });
  });

  it('declining redirects back with error-message and makes no user', async () => {
    const response = await submitForm(pages, '/onboarding', {
      partner_id: sandbox.partnerId,
      redirect_uri: REDIRECT_URI,
      decision: 'decline',
    });
    expect(response.status).toBe(303);
    const back = new URL(String(response.headers.location));
    expect(back.searchParams.get('error-message')).toBe(DECLINED_MESSAGE);
    expect(back.searchParams.has('user-id')).toBe(false);
    expect(sandbox.admin.users()).toEqual([]);
  });

  it('lets plain HTTP clients approve or decline with a query flag', async () => {
    const approved = await pages.get(onboarding({ approve: '1' }));
    expect(approved.status).toBe(302);
    expect(new URL(String(approved.headers.location)).searchParams.get('user-id')).toBe(sandbox.admin.users()[0].id);
    const declined = await pages.get(onboarding({ decline: '1' }));
    expect(new URL(String(declined.headers.location)).searchParams.get('error-message')).toBe(DECLINED_MESSAGE);
  });

  it('refuses an unknown partner_id or a redirect_uri that is not http(s), without redirecting', async () => {
    const partner = await pages.get<string>(
      `/onboarding?${new URLSearchParams({ partner_id: 'someone-else', redirect_uri: REDIRECT_URI }).toString()}`,
    );
    expect(partner.status).toBe(400);
    expect(partner.data).toContain('Unknown partner_id');
    const redirect = await pages.get(
      `/onboarding?${new URLSearchParams({ partner_id: sandbox.partnerId, redirect_uri: 'javascript:alert(1)' }).toString()}`,
    );
    expect(redirect.status).toBe(400);
    expect(redirect.headers.location).toBeUndefined();
  });

  it('answers 404 for an unknown user, and for one removed', async () => {
    const unknown = await crezco.get('/v1/users/0b6ad1a4-8f39-4d6e-8f59-2f6b3d7c9e10');
    expect(unknown.status).toBe(404);
    expect(unknown.data).toMatchObject({ title: 'Not Found', status: 404 });
    const { id } = sandbox.admin.createUser({ displayName: 'Gone Ltd' });
    expect((await crezco.delete(`/v1/users/${id}`)).status).toBe(204);
    expect((await crezco.get(`/v1/users/${id}`)).status).toBe(404);
    const other = sandbox.admin.createUser();
    sandbox.admin.removeUser(other.id);
    expect((await crezco.get(`/v1/users/${other.id}`)).status).toBe(404);
  });

  it('walks the onboarding link Settle builds', async () => {
    const url = `${sandbox.onboardingUrl}?partner_id=${sandbox.partnerId}&redirect_uri=${encodeURIComponent(REDIRECT_URI)}`;
    const page = await pages.get<string>(pathOf(url));
    expect(page.status).toBe(200);
  });
});
