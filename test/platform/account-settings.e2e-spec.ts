import { addUser, signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

describe('account settings', () => {
  let app: TestApp;
  let owner: SignedUp;

  beforeAll(async () => {
    app = await startTestApp();
    owner = await signUp(app, { timezone: 'Europe/Paris', country: 'FR' });
  });

  afterAll(() => app.close());

  it('shows the settings, marking sends in QuickBooks by default', async () => {
    const response = await app.http().get('/api/v1/account/settings').set(owner.auth).expect(200);
    expect(response.body).toEqual({
      name: 'Hartley Plumbing Ltd',
      country: 'FR',
      timezone: 'Europe/Paris',
      markSentInQuickBooks: true,
    });
  });

  it('changes the settings given and keeps the others', async () => {
    const changed = await app
      .http()
      .patch('/api/v1/account/settings')
      .set(owner.auth)
      .send({ markSentInQuickBooks: false, timezone: 'Europe/London' })
      .expect(200);
    expect(changed.body).toMatchObject({
      name: 'Hartley Plumbing Ltd',
      timezone: 'Europe/London',
      markSentInQuickBooks: false,
    });
    const shown = await app.http().get('/api/v1/account/settings').set(owner.auth).expect(200);
    expect(shown.body).toEqual(changed.body);
  });

  it('refuses a value of the wrong kind, an unknown time zone and an unknown setting', async () => {
    for (const body of [{ markSentInQuickBooks: 'no' }, { timezone: 'Mars/Olympus' }, { country: 'GB' }]) {
      const response = await app.http().patch('/api/v1/account/settings').set(owner.auth).send(body).expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('lets a member read the settings but not change them', async () => {
    const member = await addUser(app, owner, 'member');
    await app.http().get('/api/v1/account/settings').set(member.auth).expect(200);
    await app
      .http()
      .patch('/api/v1/account/settings')
      .set(member.auth)
      .send({ markSentInQuickBooks: true })
      .expect(403);
  });
});
