import { randomBytes } from 'node:crypto';
import { signUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

const freshEmail = (tag = 'user') => `${tag}-${randomBytes(6).toString('hex')}@example.com`;

describe('passwords and sign-in emails', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(() => app.close());

  const signup = (body: Record<string, unknown>) =>
    app
      .http()
      .post('/api/v1/auth/signup')
      .send({ accountName: 'Hartley Plumbing Ltd', email: freshEmail(), password: 'a long enough password', ...body });

  describe('passwords (NIST SP 800-63B: length and a list of breached ones, no composition rules)', () => {
    it.each([
      ['shorter than 10 characters', 'short pw', /at least 10 characters/],
      ['longer than 256 characters', 'x'.repeat(200) + 'y'.repeat(57), /at most 256 characters/],
      ['only spaces', ' '.repeat(12), /only spaces/],
      ['one character repeated', 'aaaaaaaaaaaa', /one character repeated/],
      ['a common breached password', 'qwertyuiop', /too common/],
      ['a common breached password in another case', 'Password123', /too common/],
    ])('refuses one %s with a 400 naming the field and why', async (_name, password, why) => {
      const response = await signup({ password }).expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors).toEqual([{ field: 'password', message: expect.stringMatching(why) }]);
    });

    it('accepts long passphrases without composition rules, up to 256 characters in any script', async () => {
      await signup({ password: 'correct horse battery staple' }).expect(201);
      await signup({ password: 'ab'.repeat(128) }).expect(201);
      const emoji = '🔑🦆'.repeat(128);
      const email = freshEmail();
      await signup({ email, password: emoji }).expect(201);
      await app.http().post('/api/v1/auth/login').send({ email, password: emoji }).expect(200);
    });

    it('applies the same rules to a user added to an account', async () => {
      const owner = await signUp(app);
      const response = await app
        .http()
        .post('/api/v1/users')
        .set(owner.auth)
        .send({ email: freshEmail(), password: 'basketball', role: 'member' })
        .expect(400);
      expect(response.body.errors).toEqual([{ field: 'password', message: expect.stringMatching(/too common/) }]);
    });
  });

  describe('emails', () => {
    it.each([
      ['a zero-width space', 'ja\u200Bne@example.com'],
      ['a zero-width joiner', 'ja\u200Dne@example.com'],
      ['a right-to-left override', 'jane\u202Emoc.elpmaxe@example.com'],
      ['a left-to-right mark', 'jane\u200E@example.com'],
      ['a byte-order mark', '\uFEFFjane@example.com'],
      ['a soft hyphen', 'ja\u00ADne@example.com'],
      ['a Hangul filler', 'ja\u3164ne@example.com'],
    ])('refuses one with %s at signup and when adding a user; at login it is no one', async (_name, email) => {
      const signedUp = await signup({ email }).expect(400);
      expect(signedUp.body.errors).toEqual(
        expect.arrayContaining([{ field: 'email', message: expect.stringMatching(/invisible/) }]),
      );
      const owner = await signUp(app);
      await app
        .http()
        .post('/api/v1/users')
        .set(owner.auth)
        .send({ email, password: 'a long enough password', role: 'member' })
        .expect(400);
      const login = await app.http().post('/api/v1/auth/login').send({ email, password: 'a long enough password' });
      expect(login.status).toBe(401);
      expect(login.body.code).toBe('AUTH.INVALID_CREDENTIALS');
    });

    it('normalises to Unicode NFC and lower case: one address is one login however it is typed', async () => {
      const local = `jose\u0301-${randomBytes(4).toString('hex')}`;
      const decomposed = `${local.toUpperCase()}@Example.com`;
      const precomposed = `${local.normalize('NFC')}@example.com`;
      const created = await signup({ email: `  ${decomposed}` }).expect(400);
      expect(created.body.errors[0].field).toBe('email');
      await signup({ email: decomposed }).expect(201);

      const login = await app
        .http()
        .post('/api/v1/auth/login')
        .send({ email: precomposed.toUpperCase(), password: 'a long enough password' })
        .expect(200);
      expect(login.body.accounts).toHaveLength(1);
    });
  });

  describe('an email is a sign-in per account: no account learns which emails others use', () => {
    const login = (body: Record<string, unknown>) => app.http().post('/api/v1/auth/login').send(body);
    const addUser = (auth: Record<string, string>, email: string, password: string) =>
      app.http().post('/api/v1/users').set(auth).send({ email, password, role: 'member' });

    it("lets an admin add a user whose email another account uses, and refuses only one of the admin's own", async () => {
      const a = await signUp(app);
      const b = await signUp(app);
      const own = await addUser(a.auth, a.email.toUpperCase(), 'a long enough password').expect(409);
      expect(own.body).toMatchObject({ code: 'ACCOUNTS.EMAIL_TAKEN', errors: [{ field: 'email' }] });

      await addUser(a.auth, b.email, 'a different long password').expect(201);
      const asB = await login({ email: b.email, password: 'a long enough password' }).expect(200);
      expect(asB.body).toMatchObject({ accountId: b.accountId, accounts: [{ id: b.accountId }] });
      const asMemberOfA = await login({ email: b.email, password: 'a different long password' }).expect(200);
      expect(asMemberOfA.body.accountId).toBe(a.accountId);
      expect(asMemberOfA.body.accounts).toEqual([{ id: a.accountId, name: expect.any(String) }]);
    });

    it('lets a person sign up a second business with the same email, and choose the account at login', async () => {
      const first = await signUp(app);
      const second = await signup({ email: first.email, accountName: 'Second Business Ltd' }).expect(201);
      expect(second.body.accountId).not.toBe(first.accountId);

      const either = await login({ email: first.email, password: 'a long enough password' }).expect(200);
      expect(either.body.accountId).toBe(first.accountId);
      expect(either.body.accounts).toEqual([
        { id: first.accountId, name: expect.any(String) },
        { id: second.body.accountId, name: 'Second Business Ltd' },
      ]);
      const chosen = await login({
        email: first.email,
        password: 'a long enough password',
        accountId: second.body.accountId,
      }).expect(200);
      expect(chosen.body.accountId).toBe(second.body.accountId);
      const me = await app
        .http()
        .get('/api/v1/me')
        .set({ authorization: `Bearer ${chosen.body.accessToken}` });
      expect(me.body.account.id).toBe(second.body.accountId);

      const stranger = await signUp(app);
      const notTheirs = await login({
        email: first.email,
        password: 'a long enough password',
        accountId: stranger.accountId,
      }).expect(401);
      expect(notTheirs.body.code).toBe('AUTH.INVALID_CREDENTIALS');
    });
  });
});
