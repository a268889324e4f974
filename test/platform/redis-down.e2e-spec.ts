import { RedisLink, testRedisUrl } from '../../libs/testing';
import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

describe('when Redis is down', () => {
  const redisUrl = testRedisUrl();
  const link = new RedisLink();
  let app: TestApp;
  let owner: SignedUp;
  let downAt = 0;

  beforeAll(async () => {
    await link.up();
    process.env.REDIS_URL = link.url;
    app = await startTestApp();
    owner = await signUp(app);
    await link.down();
    downAt = Date.now();
  });

  afterAll(async () => {
    process.env.REDIS_URL = redisUrl;
    await app.close();
    await link.down();
  });

  it('the login answers 503 problem+json, not 500', async () => {
    const response = await app
      .http()
      .post('/api/v1/auth/login')
      .send({ email: owner.email, password: owner.password })
      .expect(503)
      .expect('content-type', /application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 503, code: 'PLATFORM.UNAVAILABLE' });
    expect(JSON.stringify(response.body)).not.toMatch(/redis|ECONNREFUSED|MaxRetries/i);
  });

  it('/health/ready says Redis is down', async () => {
    const response = await app.http().get('/health/ready').expect(503);
    expect(response.body).toMatchObject({
      status: 'error',
      info: { database: { status: 'up' } },
      error: { redis: { status: 'down', message: expect.stringMatching(/unreachable|timed out/) } },
    });
  });

  it('is ready again within seconds once Redis is back, however long it was down', async () => {
    // Long enough that Bull's own reconnection delays (e^attempt ms, up to 20 s) would keep the
    // queues down for about 7 s more; Settle's wait at most 2 s between attempts.
    const outageMs = 6000;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, downAt + outageMs - Date.now())));
    await link.up();
    const deadline = Date.now() + 3000;
    let status = 0;
    while (status !== 200 && Date.now() < deadline) {
      status = (await app.http().get('/health/ready')).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
  });
});
