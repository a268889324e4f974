import { addUser, createApiKey, signUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

describe("an API key acts with its creator's rights, and only while its creator may", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(() => app.close());

  it("acts as its creator: /me names the user who made it, with the creator's role", async () => {
    const owner = await signUp(app);
    const admin = await addUser(app, owner, 'admin');
    const { key } = await createApiKey(app, admin.auth);

    const me = await app.http().get('/api/v1/me').set('X-API-Key', key).expect(200);
    expect(me.body.user).toMatchObject({ id: admin.id, role: 'admin' });
  });

  it('is lowered when its creator is demoted, and raised again with them, never above admin', async () => {
    const owner = await signUp(app);
    const admin = await addUser(app, owner, 'admin');
    const { key } = await createApiKey(app, admin.auth);
    await app.http().post('/api/v1/api-keys').set('X-API-Key', key).send({ name: 'allowed' }).expect(201);

    await app.http().patch(`/api/v1/users/${admin.id}`).set(owner.auth).send({ role: 'member' }).expect(200);
    const refused = await app.http().post('/api/v1/api-keys').set('X-API-Key', key).send({ name: 'x' }).expect(403);
    expect(refused.body.code).toBe('AUTH.FORBIDDEN');
    await app
      .http()
      .post('/api/v1/users')
      .set('X-API-Key', key)
      .send({ email: `new-${admin.id.slice(-8)}@example.com`, password: 'a long enough password', role: 'admin' })
      .expect(403);
    await app.http().get('/api/v1/users').set('X-API-Key', key).expect(200);

    await app.http().patch(`/api/v1/users/${admin.id}`).set(owner.auth).send({ role: 'admin' }).expect(200);
    await app.http().post('/api/v1/api-keys').set('X-API-Key', key).send({ name: 'allowed again' }).expect(201);
  });

  it("an owner's key acts as an admin: what only an owner may do needs the owner to sign in", async () => {
    const owner = await signUp(app);
    const { key } = await createApiKey(app, owner.auth);
    const me = await app.http().get('/api/v1/me').set('X-API-Key', key).expect(200);
    expect(me.body).toMatchObject({ user: { id: owner.userId }, authenticatedBy: 'api-key' });
  });

  it("dies with its creator: a removed admin's key cannot add an admin, and /me is a 401, not a 500", async () => {
    const owner = await signUp(app);
    const admin = await addUser(app, owner, 'admin');
    const { id: keyId, key } = await createApiKey(app, admin.auth);

    await app.http().delete(`/api/v1/users/${admin.id}`).set(owner.auth).expect(204);

    const me = await app.http().get('/api/v1/me').set('X-API-Key', key).expect(401);
    expect(me.body.code).toBe('AUTH.UNAUTHENTICATED');
    await app
      .http()
      .post('/api/v1/users')
      .set('X-API-Key', key)
      .send({ email: `planted-${admin.id.slice(-8)}@example.com`, password: 'a long enough password', role: 'admin' })
      .expect(401);
    const users = await app.http().get('/api/v1/users').set(owner.auth).expect(200);
    expect(users.body.data.map((user: { id: string }) => user.id)).toEqual([owner.userId]);
    const keys = await app.http().get('/api/v1/api-keys').set(owner.auth).expect(200);
    expect(keys.body.data).toEqual([expect.objectContaining({ id: keyId, revokedAt: expect.any(String) })]);
  });
});
