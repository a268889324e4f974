import { randomBytes } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { SignupCommand } from '../../src/platform/accounts/use-cases/signup/signup.command';
import { startTestApp, type TestApp } from '../support/test-app';

const LIMIT = 3;

describe('rate limits on every door that takes credentials', () => {
  let app: TestApp;

  beforeAll(async () => {
    process.env.AUTH_RATE_LIMIT_PER_MINUTE = String(LIMIT);
    process.env.ADMIN_PASSWORD = 'a-test-admin-password';
    app = await startTestApp();
  });

  afterAll(async () => {
    delete process.env.ADMIN_PASSWORD;
    await app.close();
  });

  function expectLimited(response: { headers: Record<string, string>; body: { code: string } }): void {
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.code).toBe('PLATFORM.RATE_LIMITED');
    expect(JSON.stringify(response.body)).not.toMatch(/Throttler/);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(60);
  }

  it('answers login with 429 problem+json and a standard Retry-After after the limit', async () => {
    const attempt = () =>
      app.http().post('/api/v1/auth/login').send({ email: 'x@example.com', password: 'wrong password' });
    for (let i = 0; i < LIMIT; i += 1) await attempt().expect(401);
    expectLimited(await attempt().expect(429));
  });

  it('limits signup on its own count', async () => {
    const attempt = () => app.http().post('/api/v1/auth/signup').send({ accountName: 'x', email: 'not-an-email' });
    for (let i = 0; i < LIMIT; i += 1) await attempt().expect(400);
    expectLimited(await attempt().expect(429));
  });

  it('limits adding users per account, so an admin cannot probe which emails Settle knows', async () => {
    const owner = await app.app
      .get(CommandBus)
      .execute(
        new SignupCommand(
          'Prober Ltd',
          `owner-${randomBytes(4).toString('hex')}@example.com`,
          'a long enough password',
          'GB',
          'Europe/London',
        ),
      );
    const auth = { Authorization: `Bearer ${owner.accessToken}` };
    const attempt = () =>
      app
        .http()
        .post('/api/v1/users')
        .set(auth)
        .send({ email: `probe-${randomBytes(4).toString('hex')}@example.com`, password: 'x', role: 'member' });
    for (let i = 0; i < LIMIT; i += 1) await attempt().expect(400);
    expectLimited(await attempt().expect(429));
  });

  it('throttles failed Basic auth on the queue board, and then refuses even the right password', async () => {
    await app.http().get('/admin/queues').expect(401);
    for (let i = 0; i < LIMIT; i += 1) {
      await app.http().get('/admin/queues').auth('admin', `guess ${i}`).expect(401);
    }
    const limited = await app.http().get('/admin/queues').auth('admin', 'a-test-admin-password').expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('does not limit the rest of the API', async () => {
    for (let i = 0; i < 5; i += 1) await app.http().get('/health').expect(200);
  });
});
