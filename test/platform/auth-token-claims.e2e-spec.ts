import { JwtService } from '@nestjs/jwt';
import { signUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

describe('token claims are checked before they are used', () => {
  let app: TestApp;
  let sign: (claims: Record<string, unknown>) => string;

  beforeAll(async () => {
    app = await startTestApp();
    const jwt = app.app.get(JwtService);
    sign = (claims) => jwt.sign(claims);
  });

  afterAll(() => app.close());

  const me = (token: string) => app.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`);

  it.each([
    ['a subject that is not a UUID', { sub: 'not-a-uuid' }],
    ['an account that is not a UUID', { acc: "x' or 1=1 --" }],
    ['a subject that is a number', { sub: 42 }],
    ['a subject that is an object', { sub: { $ne: null } }],
    ['no subject', { sub: undefined }],
    ['no account', { acc: undefined }],
  ])('refuses a well-signed token with %s as a 401 problem', async (_name, override) => {
    const owner = await signUp(app);
    const claims = { sub: owner.userId, acc: owner.accountId, role: 'owner', ...override };
    const response = await me(sign(claims)).expect(401);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.code).toBe('AUTH.UNAUTHENTICATED');
  });

  it('refuses a subject that is a user of another account, or no user at all', async () => {
    const a = await signUp(app);
    const b = await signUp(app);
    await me(sign({ sub: a.userId, acc: b.accountId, role: 'owner' })).expect(401);
    await me(sign({ sub: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a11', acc: a.accountId, role: 'owner' })).expect(401);
    await me(sign({ sub: a.userId, acc: a.accountId, role: 'owner' })).expect(200);
  });
});
