import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

const PROBLEM = /application\/problem\+json/;

describe('HTTP conventions', () => {
  let app: TestApp;
  let owner: SignedUp;

  beforeAll(async () => {
    app = await startTestApp();
    owner = await signUp(app);
  });

  afterAll(() => app.close());

  async function userCount(): Promise<number> {
    const users = await app.http().get('/api/v1/users?limit=200').set(owner.auth).expect(200);
    return users.body.data.length;
  }

  it('names every failing field of an invalid body in problem+json', async () => {
    const response = await app
      .http()
      .post('/api/v1/auth/signup')
      .send({ accountName: '', email: 'not-an-email', password: 'short', country: 'XX', timezone: 'Mars/Olympus' })
      .expect(400);

    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body).toMatchObject({
      type: 'https://settle.dev/problems/platform-validation-failed',
      title: 'Bad Request',
      status: 400,
      code: 'PLATFORM.VALIDATION_FAILED',
      instance: '/api/v1/auth/signup',
    });
    const fields = (response.body.errors as { field: string }[]).map((error) => error.field);
    expect(new Set(fields)).toEqual(new Set(['accountName', 'email', 'password', 'country', 'timezone']));
  });

  it('refuses unknown fields and wrong types', async () => {
    const unknown = await app
      .http()
      .post('/api/v1/users')
      .set(owner.auth)
      .send({ email: 'x@example.com', password: 'long enough pw', role: 'member', isAdmin: true })
      .expect(400);
    expect(unknown.body.errors).toEqual([{ field: 'isAdmin', message: 'property isAdmin should not exist' }]);

    const wrongType = await app
      .http()
      .post('/api/v1/users')
      .set(owner.auth)
      .send({ email: 42, password: ['a'], role: 'god' })
      .expect(400);
    expect(wrongType.body.errors.map((error: { field: string }) => error.field)).toEqual(
      expect.arrayContaining(['email', 'password', 'role']),
    );
    expect(await userCount()).toBe(1);
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    const response = await app
      .http()
      .post('/api/v1/users')
      .set(owner.auth)
      .set('Content-Type', 'application/json')
      .send('{"email": "x@example.com",')
      .expect(400);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body.code).toBe('PLATFORM.BAD_REQUEST');
  });

  it('refuses a body over the limit with 413 and stores nothing', async () => {
    const response = await app
      .http()
      .post('/api/v1/users')
      .set(owner.auth)
      .send({ email: 'big@example.com', password: 'long enough pw', role: 'member', name: 'x'.repeat(2_000_000) })
      .expect(413);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body.code).toBe('PLATFORM.PAYLOAD_TOO_LARGE');
    expect(await userCount()).toBe(1);
  });

  it('treats SQL-looking input as data', async () => {
    const login = await app
      .http()
      .post('/api/v1/auth/login')
      .send({ email: "' OR 1=1; --", password: "'; DROP TABLE platform_users; --" })
      .expect(401);
    expect(login.body.code).toBe('AUTH.INVALID_CREDENTIALS');

    const key = await app
      .http()
      .post('/api/v1/api-keys')
      .set(owner.auth)
      .send({ name: "Robert'); DROP TABLE platform_api_keys;--" })
      .expect(201);
    expect(key.body.name).toBe("Robert'); DROP TABLE platform_api_keys;--");
    await app.http().get("/api/v1/users/1' OR '1'='1").set(owner.auth).expect(400);
    expect(await userCount()).toBe(1);
  });

  it('pages lists with a cursor and refuses a cursor it did not make', async () => {
    for (const n of [1, 2, 3, 4]) {
      await app
        .http()
        .post('/api/v1/users')
        .set(owner.auth)
        .send({ email: `page-${n}-${owner.userId.slice(-6)}@example.com`, password: 'long enough pw', role: 'member' })
        .expect(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const page = await app.http().get(`/api/v1/users${query}`).set(owner.auth).expect(200);
      expect(page.body.page.limit).toBe(2);
      seen.push(...page.body.data.map((user: { id: string }) => user.id));
      cursor = page.body.page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);

    const badCursor = await app.http().get('/api/v1/users?cursor=bm90LWEtdXVpZA').set(owner.auth).expect(400);
    expect(badCursor.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    const badLimit = await app.http().get('/api/v1/users?limit=5000').set(owner.auth).expect(400);
    expect(badLimit.body.errors).toEqual([expect.objectContaining({ field: 'limit' })]);
  });

  it('echoes a sane X-Request-Id and makes one otherwise', async () => {
    const echoed = await app.http().get('/health').set('X-Request-Id', 'trace-123').expect(200);
    expect(echoed.headers['x-request-id']).toBe('trace-123');
    const made = await app.http().get('/health').set('X-Request-Id', 'bad id with spaces').expect(200);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const problem = await app.http().get('/api/v1/me').set('X-Request-Id', 'trace-456').expect(401);
    expect(problem.body.requestId).toBe('trace-456');
  });

  it('answers unknown routes with 404 problem+json', async () => {
    const response = await app.http().get('/api/v1/no-such-thing').set(owner.auth).expect(404);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body.code).toBe('PLATFORM.NOT_FOUND');
  });

  it('sets security headers', async () => {
    const response = await app.http().get('/health').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
