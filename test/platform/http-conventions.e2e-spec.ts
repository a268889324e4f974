import { Controller, Get, Module, Req } from '@nestjs/common';
import type { Request } from 'express';
import { gzipSync } from 'node:zlib';
import { Public } from '../../src/platform/auth/auth.decorators';
import { signUp, type SignedUp } from '../support/accounts';
import { rawRequest } from '../support/raw-http';
import { startTestApp, type TestApp } from '../support/test-app';

/** Answers with the client address Express sees, to show whether X-Forwarded-For was believed. */
@Controller('test-client-address')
class ClientAddressController {
  @Public()
  @Get()
  show(@Req() request: Request): { ip: string | undefined } {
    return { ip: request.ip };
  }
}

@Module({ controllers: [ClientAddressController] })
class ClientAddressModule {}

const cursorOf = (parts: unknown): string => Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
const SOME_ID = '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a20';

const PROBLEM = /application\/problem\+json/;

describe('HTTP conventions', () => {
  let app: TestApp;
  let owner: SignedUp;

  beforeAll(async () => {
    app = await startTestApp({ imports: [ClientAddressModule] });
    owner = await signUp(app);
  });

  afterAll(() => app.close());

  async function userCount(): Promise<number> {
    const users = await app.http().get('/api/v1/users?limit=200').set(owner.auth).expect(200);
    return users.body.data.length;
  }

  async function apiKeyCount(): Promise<number> {
    const keys = await app.http().get('/api/v1/api-keys?limit=200').set(owner.auth).expect(200);
    return keys.body.data.length;
  }

  function expectProblem(response: { status: number; headers: Record<string, string>; body: unknown }, status: number) {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body).toMatchObject({ status, requestId: expect.any(String) });
  }

  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field);

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

  describe('bad input is always a 4xx problem+json', () => {
    it('refuses control characters in a body or a query, naming the field', async () => {
      const keysBefore = await apiKeyCount();
      const login = await app.http().post('/api/v1/auth/login').send({ email: 'a\u0000@example.com', password: 'x' });
      expectProblem(login, 400);
      expect(fieldsOf(login.body)).toEqual(['email']);

      const name = await app.http().post('/api/v1/api-keys').set(owner.auth).send({ name: 'two\nlines' });
      expectProblem(name, 400);
      expect(fieldsOf(name.body)).toEqual(['name']);

      const search = await app.http().get('/api/v1/contacts?q=a%00b').set(owner.auth);
      expectProblem(search, 400);
      expect(fieldsOf(search.body)).toEqual(['q']);

      const token = await app.http().get('/api/v1/public/invoices/abc%00def');
      expectProblem(token, 400);
      expect(fieldsOf(token.body)).toEqual(['token']);
      expect(await apiKeyCount()).toBe(keysBefore);
    });

    it('refuses malformed Unicode (a lone surrogate), naming the field', async () => {
      const [keysBefore, usersBefore] = [await apiKeyCount(), await userCount()];
      for (const [path, body, field] of [
        [
          '/api/v1/auth/signup',
          '{"accountName":"A","email":"\\ud800@example.com","password":"long enough pw"}',
          'email',
        ],
        ['/api/v1/api-keys', '{"name":"key \\udfff"}', 'name'],
        [
          '/api/v1/users',
          '{"email":"s@example.com","password":"long enough pw","role":"member","name":"\\ud83d"}',
          'name',
        ],
      ]) {
        const response = await app.http().post(path).set(owner.auth).set('Content-Type', 'application/json').send(body);
        expectProblem(response, 400);
        expect(fieldsOf(response.body)).toEqual([field]);
      }
      // In a query, an unpaired surrogate can only arrive as bytes that are not UTF-8.
      const query = await app.http().get('/api/v1/contacts?q=%ED%A0%80').set(owner.auth);
      expectProblem(query, 400);
      expect(await apiKeyCount()).toBe(keysBefore);
      expect(await userCount()).toBe(usersBefore);
    });

    it('refuses deeply nested JSON with 400 before validating it', async () => {
      const deep = `{"name":${'['.repeat(5000)}${']'.repeat(5000)}}`;
      const response = await app
        .http()
        .post('/api/v1/api-keys')
        .set(owner.auth)
        .set('Content-Type', 'application/json')
        .send(deep);
      expectProblem(response, 400);
      expect(response.body.code).toBe('PLATFORM.VALIDATION_FAILED');
      expect(fieldsOf(response.body)).toEqual(['name']);
    });

    it('answers an unknown charset or content encoding with 415 and a lying one with 400', async () => {
      const charset = await app
        .http()
        .post('/api/v1/api-keys')
        .set(owner.auth)
        .set('Content-Type', 'application/json; charset=klingon')
        .send('{"name":"k"}');
      expectProblem(charset, 415);
      expect(charset.body.code).toBe('PLATFORM.UNSUPPORTED_CHARSET');

      const encoding = await app
        .http()
        .post('/api/v1/api-keys')
        .set(owner.auth)
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'compress')
        .send('{"name":"k"}');
      expectProblem(encoding, 415);
      expect(encoding.body.code).toBe('PLATFORM.UNSUPPORTED_CONTENT_ENCODING');

      const lying = await app
        .http()
        .post('/api/v1/api-keys')
        .set(owner.auth)
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'gzip')
        .send('{"name":"k"}');
      expectProblem(lying, 400);

      const honest = await rawRequest(app, {
        method: 'POST',
        path: '/api/v1/api-keys',
        headers: { ...owner.auth, 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
        body: gzipSync('{"name":"gzipped"}'),
      });
      expect(honest.status).toBe(201);
      await app
        .http()
        .delete(`/api/v1/api-keys/${JSON.parse(honest.body).id}`)
        .set(owner.auth)
        .expect(204);
    });

    it('refuses a body whose bytes are not the UTF-8 it claims, instead of storing replacement characters', async () => {
      const answer = await rawRequest(app, {
        method: 'POST',
        path: '/api/v1/api-keys',
        headers: { ...owner.auth, 'Content-Type': 'application/json' },
        body: Buffer.concat([Buffer.from('{"name":"k'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
      });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ code: 'PLATFORM.BODY_NOT_UTF8', requestId: expect.any(String) });
    });

    it('refuses tampered pagination cursors with 400', async () => {
      const tampered = [
        ['sort=total', cursorOf(['total', '9999999999999999999', SOME_ID])],
        ['sort=-balance', cursorOf(['-balance', '-9999999999999999999', SOME_ID])],
        ['sort=-txnDate', cursorOf(['-txnDate', '2025-13-45', SOME_ID])],
        ['sort=txnDate', cursorOf(['txnDate', '2025-02-30', SOME_ID])],
        ['sort=total', cursorOf(['total', '2025-01-01', SOME_ID])],
        ['sort=txnDate', cursorOf(['txnDate', '12', SOME_ID])],
        ['sort=-txnDate', cursorOf(['txnDate', '2025-01-01', SOME_ID])],
        ['sort=-txnDate', cursorOf(['-txnDate', '2025-01-01', 'ffffffff-ffff-ffff-ffff-fffffffffffff'])],
      ];
      for (const [sort, cursor] of tampered) {
        const response = await app.http().get(`/api/v1/invoices?${sort}&cursor=${cursor}`).set(owner.auth);
        expectProblem(response, 400);
        expect(fieldsOf(response.body)).toEqual(['cursor']);
      }
      const invoiceCursorOnContacts = cursorOf(['-txnDate', '2025-01-01', SOME_ID]);
      const contacts = await app.http().get(`/api/v1/contacts?cursor=${invoiceCursorOnContacts}`).set(owner.auth);
      expectProblem(contacts, 400);
      expect(fieldsOf(contacts.body)).toEqual(['cursor']);
    });

    it('refuses an explicit null where the API does not document null, naming the field', async () => {
      const signup = await app.http().post('/api/v1/auth/signup').send({
        accountName: 'Nulls',
        email: 'nulls@example.com',
        password: 'long enough pw',
        country: null,
        timezone: null,
      });
      expectProblem(signup, 400);
      expect(new Set(fieldsOf(signup.body))).toEqual(new Set(['country', 'timezone']));

      const contact = await app
        .http()
        .post('/api/v1/contacts')
        .set(owner.auth)
        .send({ firstName: 'Sam', optedOut: null });
      expectProblem(contact, 400);
      expect(fieldsOf(contact.body)).toEqual(['optedOut']);

      const address = await app
        .http()
        .post('/api/v1/contacts')
        .set(owner.auth)
        .send({ firstName: 'Sam', billingAddress: { lines: null, city: null } });
      expectProblem(address, 400);
      expect(fieldsOf(address.body)).toEqual(['billingAddress.lines']);

      const key = await app.http().post('/api/v1/api-keys').set(owner.auth).send({ name: null });
      expectProblem(key, 400);
      expect(fieldsOf(key.body)).toEqual(['name']);

      const cleared = await app
        .http()
        .post('/api/v1/contacts')
        .set(owner.auth)
        .send({ firstName: 'Sam', lastName: null, billingAddress: null });
      expect(cleared.status).toBe(201);
      await app.http().delete(`/api/v1/contacts/${cleared.body.id}`).set(owner.auth).expect(204);
    });

    it('refuses __proto__, constructor and prototype like any unknown key, in a body or a query', async () => {
      const keysBefore = await apiKeyCount();
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        const body = await app
          .http()
          .post('/api/v1/api-keys')
          .set(owner.auth)
          .set('Content-Type', 'application/json')
          .send(`{"name":"k","${key}":{"isAdmin":true}}`);
        expectProblem(body, 400);
        expect(body.body.errors).toEqual([{ field: key, message: `property ${key} should not exist` }]);

        const nested = await app
          .http()
          .post('/api/v1/contacts')
          .set(owner.auth)
          .set('Content-Type', 'application/json')
          .send(`{"firstName":"Sam","billingAddress":{"lines":[],"${key}":{"city":"x"}}}`);
        expectProblem(nested, 400);
        expect(fieldsOf(nested.body)).toEqual([`billingAddress.${key}`]);

        const query = await app.http().get(`/api/v1/users?${key}=1`).set(owner.auth);
        expectProblem(query, 400);
        expect(fieldsOf(query.body)).toEqual([key]);
      }
      expect(await apiKeyCount()).toBe(keysBefore);
    });

    it("answers oversized headers with a 431 problem+json, not Node's bare answer", async () => {
      const answer = await rawRequest(app, { path: '/health', headers: { 'X-Big': 'a'.repeat(20_000) } });
      expect(answer.status).toBe(431);
      expect(answer.headers['content-type']).toMatch(PROBLEM);
      expect(JSON.parse(answer.body)).toMatchObject({ status: 431, requestId: expect.any(String) });
    });

    it('carries the request id on body-parser errors and never a class name or a stack', async () => {
      const malformed = await app
        .http()
        .post('/api/v1/api-keys')
        .set(owner.auth)
        .set('Content-Type', 'application/json')
        .set('X-Request-Id', 'trace-789')
        .send('{"name":');
      expectProblem(malformed, 400);
      expect(malformed.body.requestId).toBe('trace-789');

      const undecodable = await app.http().get('/api/v1/users/%E0%A4%A').set(owner.auth);
      expectProblem(undecodable, 400);
      expect(JSON.stringify(undecodable.body)).not.toMatch(/Error|Exception|at \\w/);
    });

    it('believes X-Forwarded-For only when TRUST_PROXY says so (off by default)', async () => {
      const seen = await app
        .http()
        .get('/api/v1/test-client-address')
        .set('X-Forwarded-For', '203.0.113.9')
        .expect(200);
      expect(seen.body.ip).not.toBe('203.0.113.9');
    });
  });
});
