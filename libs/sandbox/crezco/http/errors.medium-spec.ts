import type { AxiosInstance } from 'axios';
import { startCrezcoSandbox, type CrezcoSandbox } from '../index';
import { crezcoClient } from '../testing/client';

describe('Crezco sandbox auth and error shapes', () => {
  let sandbox: CrezcoSandbox;
  let crezco: AxiosInstance;
  let userId: string;

  beforeAll(async () => {
    sandbox = await startCrezcoSandbox();
    crezco = crezcoClient(sandbox);
  });
  beforeEach(() => {
    sandbox.admin.reset();
    userId = sandbox.admin.createUser().id;
  });
  afterAll(() => sandbox.close());

  it('refuses a missing X-Crezco-Key with 401 and a problem-details body', async () => {
    const response = await crezcoClient(sandbox, '').get(`/v1/users/${userId}`, {
      headers: { 'X-Crezco-Key': undefined },
    });
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.data).toEqual({
      title: 'Unauthorized',
      status: 401,
      detail: 'The X-Crezco-Key header is missing or not a valid API key.',
      traceId: expect.any(String),
    });
  });

  it('refuses a wrong key the same way, and takes the right one', async () => {
    expect((await crezcoClient(sandbox, 'not-the-key').get(`/v1/users/${userId}`)).status).toBe(401);
    expect((await crezco.get(`/v1/users/${userId}`)).status).toBe(200);
  });

  it('answers an unknown endpoint and an unknown id with 404', async () => {
    const route = await crezco.get('/v1/nothing-here');
    expect(route.status).toBe(404);
    expect(route.data).toMatchObject({
      title: 'Not Found',
      status: 404,
      detail: 'No endpoint matches GET /v1/nothing-here.',
    });
    const missing = await crezco.get('/v1/payments/4c0a4c4e-52c8-4d59-9b86-0b3ac1a1b3a1/status');
    expect(missing.data).toMatchObject({
      status: 404,
      detail: 'Payment 4c0a4c4e-52c8-4d59-9b86-0b3ac1a1b3a1 was not found.',
    });
  });

  it('answers a body that is not JSON with 400', async () => {
    const response = await crezco.post(`/v1/users/${userId}/pay-demands`, '{"request": ', {
      transformRequest: (data: string) => data,
    });
    expect(response.status).toBe(400);
    expect(response.data).toMatchObject({ status: 400, errors: { $: [expect.any(String)] } });
  });

  it('answers 429 on demand, with Retry-After when asked, then serves again', async () => {
    sandbox.admin.failNext({ status: 429, count: 2, retryAfterSeconds: 3 });
    const first = await crezco.get(`/v1/users/${userId}`);
    expect(first.status).toBe(429);
    expect(first.headers['retry-after']).toBe('3');
    expect(first.data).toMatchObject({ title: 'Too Many Requests', status: 429 });
    expect((await crezco.get(`/v1/users/${userId}`)).status).toBe(429);
    expect((await crezco.get(`/v1/users/${userId}`)).status).toBe(200);
  });

  it('answers 5xx on demand, only for the path and method asked', async () => {
    sandbox.admin.failNext({ status: 503, pathPrefix: '/v1/pay-demands', method: 'GET' });
    expect((await crezco.get(`/v1/users/${userId}`)).status).toBe(200);
    const failed = await crezco.get('/v1/pay-demands/x');
    expect(failed.status).toBe(503);
    expect(failed.data).toMatchObject({ title: 'Service Unavailable', status: 503 });
    sandbox.admin.failNext({ status: 500 });
    expect((await crezco.get(`/v1/users/${userId}`)).data).toMatchObject({
      title: 'Internal Server Error',
      status: 500,
    });
  });

  it('cuts the connection on demand (status 0)', async () => {
    sandbox.admin.failNext({ status: 0 });
    await expect(crezco.get(`/v1/users/${userId}`)).rejects.toMatchObject({
      code: expect.stringMatching(/ECONNRESET|ERR_BAD_RESPONSE|ECONNABORTED/),
    });
    expect((await crezco.get(`/v1/users/${userId}`)).status).toBe(200);
  });

  it('refuses forced failures that are not 429, 5xx or 0', () => {
    expect(() => sandbox.admin.failNext({ status: 404 })).toThrow('not 404');
  });

  it('spells the detail Detail when configured', async () => {
    sandbox.admin.configure({ errorDetailKey: 'Detail' });
    const response = await crezco.get('/v1/users/unknown');
    expect(response.data).toMatchObject({ Detail: 'User unknown was not found.' });
    expect(response.data).not.toHaveProperty('detail');
  });

  it('keeps a log of API requests with their statuses', async () => {
    await crezco.get(`/v1/users/${userId}`);
    await crezcoClient(sandbox, 'bad').get(`/v1/users/${userId}?x=1`);
    expect(sandbox.admin.requests().map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', `/v1/users/${userId}`, 200],
      ['GET', `/v1/users/${userId}`, 401],
    ]);
  });
});
