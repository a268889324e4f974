import { signUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

describe('signup, login and API keys', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(() => app.close());

  it('signs up an account with its owner and the default country and time zone', async () => {
    const owner = await signUp(app, { name: 'Jane Hartley' });

    const me = await app.http().get('/api/v1/me').set(owner.auth).expect(200);

    expect(me.body).toEqual({
      account: { id: owner.accountId, name: 'Hartley Plumbing Ltd', country: 'GB', timezone: 'Europe/London' },
      user: expect.objectContaining({ id: owner.userId, email: owner.email, name: 'Jane Hartley', role: 'owner' }),
      authenticatedBy: 'jwt',
    });
  });

  it('keeps the country and time zone given at signup', async () => {
    const owner = await signUp(app, { country: 'us', timezone: 'America/New_York' });
    const me = await app.http().get('/api/v1/me').set(owner.auth).expect(200);
    expect(me.body.account).toMatchObject({ country: 'US', timezone: 'America/New_York' });
  });

  it('logs in with the right password only', async () => {
    const owner = await signUp(app);

    const ok = await app
      .http()
      .post('/api/v1/auth/login')
      .send({ email: owner.email, password: owner.password })
      .expect(200);
    await app.http().get('/api/v1/me').set('Authorization', `Bearer ${ok.body.accessToken}`).expect(200);

    const wrong = await app
      .http()
      .post('/api/v1/auth/login')
      .send({ email: owner.email, password: 'not the password' })
      .expect(401);
    expect(wrong.body.code).toBe('AUTH.INVALID_CREDENTIALS');
    const unknown = await app
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@example.com', password: 'not the password' })
      .expect(401);
    expect(unknown.body.code).toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('refuses requests without credentials or with a forged token', async () => {
    const none = await app.http().get('/api/v1/me').expect(401);
    expect(none.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(none.body.code).toBe('AUTH.UNAUTHENTICATED');
    const owner = await signUp(app);
    const forged = owner.token.slice(0, -4) + (owner.token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await app.http().get('/api/v1/me').set('Authorization', `Bearer ${forged}`).expect(401);
  });

  it('creates an API key shown once, authenticates with it, lists it and revokes it', async () => {
    const owner = await signUp(app);

    const created = await app.http().post('/api/v1/api-keys').set(owner.auth).send({ name: 'Zapier' }).expect(201);
    const key = created.body.key as string;
    expect(key).toMatch(/^stl_[0-9a-f]{32}_/);

    const me = await app.http().get('/api/v1/me').set('X-API-Key', key).expect(200);
    expect(me.body).toMatchObject({ account: { id: owner.accountId }, authenticatedBy: 'api-key' });

    const listed = await app.http().get('/api/v1/api-keys').set(owner.auth).expect(200);
    expect(listed.body.data).toEqual([
      expect.objectContaining({ id: created.body.id, name: 'Zapier', revokedAt: null }),
    ]);
    const secret = key.slice('stl_'.length + 32 + 1); // base64url: it may itself contain "_"
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    await app.http().delete(`/api/v1/api-keys/${created.body.id}`).set(owner.auth).expect(204);
    await app.http().get('/api/v1/me').set('X-API-Key', key).expect(401);
    const after = await app.http().get('/api/v1/api-keys').set(owner.auth).expect(200);
    expect(after.body.data[0].revokedAt).not.toBeNull();
  });

  it('refuses a malformed or wrong API key', async () => {
    await app.http().get('/api/v1/me').set('X-API-Key', 'stl_nonsense').expect(401);
    const owner = await signUp(app);
    const created = await app.http().post('/api/v1/api-keys').set(owner.auth).send({ name: 'k' }).expect(201);
    const tampered = `${(created.body.key as string).slice(0, -1)}${created.body.key.endsWith('A') ? 'B' : 'A'}`;
    await app.http().get('/api/v1/me').set('X-API-Key', tampered).expect(401);
  });

  it('lets owners and admins manage users, and members only read', async () => {
    const owner = await signUp(app);
    const memberEmail = `member-${owner.userId.slice(-6)}@example.com`;
    const member = await app
      .http()
      .post('/api/v1/users')
      .set(owner.auth)
      .send({ email: memberEmail, password: 'member password!', role: 'member', name: 'Sam' })
      .expect(201);
    const memberLogin = await app
      .http()
      .post('/api/v1/auth/login')
      .send({ email: memberEmail, password: 'member password!' })
      .expect(200);
    const memberAuth = { Authorization: `Bearer ${memberLogin.body.accessToken}` };

    await app.http().get('/api/v1/users').set(memberAuth).expect(200);
    const forbidden = await app.http().post('/api/v1/api-keys').set(memberAuth).send({ name: 'x' }).expect(403);
    expect(forbidden.body.code).toBe('AUTH.FORBIDDEN');
    await app.http().delete(`/api/v1/users/${owner.userId}`).set(memberAuth).expect(403);

    const promoted = await app
      .http()
      .patch(`/api/v1/users/${member.body.id}`)
      .set(owner.auth)
      .send({ role: 'admin' })
      .expect(200);
    expect(promoted.body.role).toBe('admin');
    const ownerFixed = await app
      .http()
      .patch(`/api/v1/users/${owner.userId}`)
      .set(memberAuth)
      .send({ role: 'member' })
      .expect(409);
    expect(ownerFixed.body.code).toBe('ACCOUNTS.OWNER_IS_FIXED');

    await app.http().delete(`/api/v1/users/${member.body.id}`).set(owner.auth).expect(204);
    await app.http().get('/api/v1/me').set(memberAuth).expect(401);
  });
});
