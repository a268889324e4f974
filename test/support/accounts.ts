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
