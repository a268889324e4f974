import { startTestApp, type TestApp } from '../support/test-app';

describe('health, API docs and the queue board', () => {
  let app: TestApp;

  beforeAll(async () => {
    process.env.ADMIN_PASSWORD = 'a-test-admin-password';
    app = await startTestApp();
  });

  afterAll(async () => {
    delete process.env.ADMIN_PASSWORD;
    await app.close();
  });

  it('says it is alive, and ready when PostgreSQL and Redis answer', async () => {
    await app.http().get('/health').expect(200, { status: 'ok' });
    const ready = await app.http().get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('serves the OpenAPI document with both auth schemes and every endpoint described', async () => {
    const response = await app.http().get('/docs-json').expect(200);
    const document = response.body as {
      components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
      paths: Record<string, Record<string, { summary?: string; responses: Record<string, unknown> }>>;
    };
    expect(document.components.securitySchemes).toEqual({
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      'api-key': expect.objectContaining({ type: 'apiKey', in: 'header', name: 'X-API-Key' }),
    });
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/signup',
        '/api/v1/auth/login',
        '/api/v1/me',
        '/api/v1/api-keys',
        '/api/v1/api-keys/{id}',
        '/api/v1/users',
        '/api/v1/users/{id}',
        '/health',
        '/health/ready',
      ]),
    );
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect({ path, method, summary: operation.summary }).toEqual({ path, method, summary: expect.any(String) });
      }
    }
    expect(document.components.schemas.ProblemDto).toBeDefined();
    expect(JSON.stringify(document.components.schemas.SignupRequestDto)).toContain('example');
  });

  it('serves the Swagger UI', async () => {
    const response = await app.http().get('/docs').redirects(1).expect(200);
    expect(response.text).toContain('swagger-ui');
  });

  it('shows the queue board to the operator only', async () => {
    await app.http().get('/admin/queues').expect(401);
    await app.http().get('/admin/queues').auth('admin', 'wrong password').expect(401);
    const board = await app.http().get('/admin/queues').auth('admin', 'a-test-admin-password').expect(200);
    expect(board.text).toContain('Settle queues');
  });
});
