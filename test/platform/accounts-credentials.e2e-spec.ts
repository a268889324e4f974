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

      await app
        .http()
        .post('/api/v1/auth/login')
        .send({ email: precomposed, password: 'a long enough password' })
        .expect(200);
      const again = await signup({ email: precomposed.toUpperCase() }).expect(409);
      expect(again.body.code).toBe('ACCOUNTS.EMAIL_TAKEN');
    });
  });

  describe('a taken email answers no sooner than a free one', () => {
    /** Median of a few runs, so one slow moment on a busy machine does not decide. */
    async function medianMs(run: () => Promise<unknown>, times = 5): Promise<number> {
      const durations: number[] = [];
      for (let i = 0; i < times; i += 1) {
        const started = process.hrtime.bigint();
        await run();
        durations.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      return durations.sort((x, y) => x - y)[Math.floor(times / 2)];
    }

    it('at signup', async () => {
      const existing = await signUp(app);
      const taken = await medianMs(() => signup({ email: existing.email }).expect(409));
      const free = await medianMs(() => signup({}).expect(201));
      expect(taken / free).toBeGreaterThan(0.5);
    });

    it("when adding a user, and an email used in another account is refused as one used in one's own", async () => {
      const a = await signUp(app);
      const b = await signUp(app);
      const add = (email: string) =>
        app
          .http()
          .post('/api/v1/users')
          .set(a.auth)
          .send({ email, password: 'a long enough password', role: 'member' });
      const own = await add(a.email).expect(409);
      const elsewhere = await add(b.email).expect(409);
      const strip = ({ requestId: _r, ...rest }: Record<string, unknown>) => rest;
      expect(strip(elsewhere.body)).toEqual(strip(own.body));

      const taken = await medianMs(() => add(b.email).expect(409));
      const free = await medianMs(() => add(freshEmail()).expect(201));
      expect(taken / free).toBeGreaterThan(0.5);
    });
  });
});
