import { randomBytes } from 'node:crypto';
import type { TestApp } from './test-app';

export interface SignedUp {
  token: string;
  accountId: string;
  userId: string;
  email: string;
  password: string;
  auth: { Authorization: string };
}

/** Signs up a fresh account through the API (an "object mother" for tenants). */
export async function signUp(app: TestApp, overrides: Record<string, unknown> = {}): Promise<SignedUp> {
  const email = `owner-${randomBytes(6).toString('hex')}@example.com`;
  const password = 'a long enough password';
  const response = await app
    .http()
    .post('/api/v1/auth/signup')
    .send({ accountName: 'Hartley Plumbing Ltd', email, password, ...overrides })
    .expect(201);
  const { accessToken, accountId, userId } = response.body as {
    accessToken: string;
    accountId: string;
    userId: string;
  };
  return { token: accessToken, accountId, userId, email, password, auth: { Authorization: `Bearer ${accessToken}` } };
}

export interface AddedUser {
  id: string;
  email: string;
  password: string;
  auth: { Authorization: string };
}

/** Adds a user to the account through the API and signs them in. */
export async function addUser(app: TestApp, by: SignedUp, role: 'admin' | 'member'): Promise<AddedUser> {
  const email = `${role}-${randomBytes(6).toString('hex')}@example.com`;
  const password = 'a long enough password';
  const added = await app.http().post('/api/v1/users').set(by.auth).send({ email, password, role }).expect(201);
  const login = await app.http().post('/api/v1/auth/login').send({ email, password }).expect(200);
  return { id: added.body.id, email, password, auth: { Authorization: `Bearer ${login.body.accessToken}` } };
}

/** Creates an API key as this caller; answers the key to send as X-API-Key. */
export async function createApiKey(
  app: TestApp,
  auth: { Authorization: string },
): Promise<{ id: string; key: string }> {
  const created = await app.http().post('/api/v1/api-keys').set(auth).send({ name: 'integration' }).expect(201);
  return { id: created.body.id, key: created.body.key };
}
