import { startTestApp, type TestApp } from '../support/test-app';

describe('login and signup rate limits', () => {
  let app: TestApp;

  beforeAll(async () => {
    process.env.AUTH_RATE_LIMIT_PER_MINUTE = '3';
    app = await startTestApp();
  });

  afterAll(() => app.close());

  it('answers login with 429 problem+json after the limit', async () => {
    const attempt = () =>
      app.http().post('/api/v1/auth/login').send({ email: 'x@example.com', password: 'wrong password' });
    for (let i = 0; i < 3; i += 1) await attempt().expect(401);
    const limited = await attempt().expect(429);
    expect(limited.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(limited.body.code).toBe('PLATFORM.RATE_LIMITED');
    expect(Number(limited.headers['retry-after-auth'])).toBeGreaterThan(0);
  });

  it('limits signup on its own count', async () => {
    const attempt = () => app.http().post('/api/v1/auth/signup').send({ accountName: 'x', email: 'not-an-email' });
    for (let i = 0; i < 3; i += 1) await attempt().expect(400);
    const limited = await attempt().expect(429);
    expect(limited.body.code).toBe('PLATFORM.RATE_LIMITED');
  });

  it('does not limit the rest of the API', async () => {
    for (let i = 0; i < 5; i += 1) await app.http().get('/health').expect(200);
  });
});
