import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

interface ContactBody {
  id: string;
  name: string;
  mobile: string | null;
  email: string | null;
  optedOut: boolean;
  canReceiveTexts: boolean;
}

describe('contacts API', () => {
  let app: TestApp;
  let owner: SignedUp;

  beforeAll(async () => {
    app = await startTestApp();
    owner = await signUp(app);
  });

  afterAll(() => app.close());

  const create = (body: Record<string, unknown>, who: SignedUp = owner) =>
    app.http().post('/api/v1/contacts').set(who.auth).send(body);

  it('creates, reads, updates and deletes a contact, normalising its email and phones', async () => {
    const created = await create({
      firstName: ' Sam ',
      lastName: 'Patel',
      email: ' Sam@Example.COM ',
      mobile: '07400 123456',
      otherPhone: '020 7946 0018',
      billingAddress: { lines: ['14 Mill Lane'], city: 'Leeds', postalCode: 'LS1 4AB' },
    }).expect(201);
    expect(created.body).toMatchObject({
      name: 'Sam Patel',
      firstName: 'Sam',
      email: 'sam@example.com',
      mobile: '+447400123456',
      otherPhone: '+442079460018',
      source: 'manual',
      quickBooksCustomerId: null,
      optedOut: false,
      canReceiveTexts: true,
      billingAddress: { lines: ['14 Mill Lane'], city: 'Leeds', region: null, postalCode: 'LS1 4AB', country: null },
    });
    const id = created.body.id as string;

    const read = await app.http().get(`/api/v1/contacts/${id}`).set(owner.auth).expect(200);
    expect(read.body).toEqual(created.body);

    const updated = await app
      .http()
      .patch(`/api/v1/contacts/${id}`)
      .set(owner.auth)
      .send({ businessName: 'Patel & Sons', mobile: null, optedOut: true })
      .expect(200);
    expect(updated.body).toMatchObject({
      name: 'Patel & Sons',
      firstName: 'Sam',
      mobile: null,
      optedOut: true,
      canReceiveTexts: false,
    });

    await app.http().delete(`/api/v1/contacts/${id}`).set(owner.auth).expect(204);
    const gone = await app.http().get(`/api/v1/contacts/${id}`).set(owner.auth).expect(404);
    expect(gone.body.code).toBe('CONTACTS.CONTACT_NOT_FOUND');
  });

  it('refuses unreadable numbers, landlines as mobiles and malformed emails with 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ mobile: 'call me' }, 'CONTACTS.INVALID_PHONE_NUMBER', 'mobile'],
      [{ otherPhone: '12345' }, 'CONTACTS.INVALID_PHONE_NUMBER', 'otherPhone'],
      [{ mobile: '020 7946 0018' }, 'CONTACTS.NOT_A_MOBILE_NUMBER', 'mobile'],
      [{ email: 'a@b.com; c@d.com' }, 'CONTACTS.INVALID_EMAIL', 'email'],
      [{ firstName: null, email: 'x@example.com' }, 'CONTACTS.NAME_REQUIRED', 'firstName'],
      [{ mobile: 7400123456 }, 'PLATFORM.VALIDATION_FAILED', 'mobile'],
      [{ nickname: 'Sammy' }, 'PLATFORM.VALIDATION_FAILED', 'nickname'],
    ];
    for (const [body, code, field] of cases) {
      const response = await create({ firstName: 'Val', ...body }).expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body).toMatchObject({
        code,
        errors: expect.arrayContaining([expect.objectContaining({ field })]),
      });
    }
  });

  it('refuses a mobile or email another contact of the account has, with 409', async () => {
    const first = await create({ firstName: 'Dup', mobile: '+44 7400 222222', email: 'dup@example.com' }).expect(201);
    const mobile = await create({ firstName: 'Other', mobile: '07400 222222' }).expect(409);
    expect(mobile.body).toMatchObject({ code: 'CONTACTS.MOBILE_TAKEN', errors: [{ field: 'mobile' }] });
    const email = await create({ firstName: 'Other', email: 'DUP@example.com' }).expect(409);
    expect(email.body.code).toBe('CONTACTS.EMAIL_TAKEN');
    const other = await create({ firstName: 'Other' }).expect(201);
    await app
      .http()
      .patch(`/api/v1/contacts/${other.body.id}`)
      .set(owner.auth)
      .send({ email: 'dup@example.com' })
      .expect(409);
    await app
      .http()
      .patch(`/api/v1/contacts/${first.body.id}`)
      .set(owner.auth)
      .send({ email: 'dup@example.com', lastName: 'Same' })
      .expect(200);

    const elsewhere = await signUp(app);
    await create({ firstName: 'Dup', mobile: '07400 222222', email: 'dup@example.com' }, elsewhere).expect(201);
  });

  describe('listing', () => {
    let lister: SignedUp;

    beforeAll(async () => {
      lister = await signUp(app);
      const people = [
        { firstName: 'Alice', lastName: 'Hartley', email: 'alice@hartley.co.uk', mobile: '07400 300001' },
        { businessName: 'Hartley Plumbing Ltd', otherPhone: '0113 496 0000' },
        { firstName: 'Bob', lastName: 'Stone', email: 'bob@stone.example', mobile: '07400 300003', optedOut: true },
        { firstName: 'Chloé', lastName: 'Ďurová', email: 'chloe@example.com' },
        { firstName: 'Dev', lastName: 'Rao', mobile: '+44 7400 300005' },
      ];
      for (const person of people) await create(person, lister).expect(201);
    });

    const list = async (query: string) => {
      const response = await app.http().get(`/api/v1/contacts?${query}`).set(lister.auth).expect(200);
      return response.body as { data: ContactBody[]; page: { limit: number; nextCursor: string | null } };
    };
    const names = async (query: string) => (await list(query)).data.map((contact) => contact.name);

    it('searches names, business names, emails and phones in any case', async () => {
      expect(await names('q=HARTLEY')).toEqual(['Alice Hartley', 'Hartley Plumbing Ltd']);
      expect(await names('q=alice%20hart')).toEqual(['Alice Hartley']);
      expect(await names('q=stone.EXAMPLE')).toEqual(['Bob Stone']);
      expect(await names('q=ďur')).toEqual(['Chloé Ďurová']);
      expect(await names(`q=${encodeURIComponent('07400 300005')}`)).toEqual(['Dev Rao']);
      expect(await names('q=300001')).toEqual(['Alice Hartley']);
      expect(await names(`q=${encodeURIComponent('0113 496 0000')}`)).toEqual(['Hartley Plumbing Ltd']);
      expect(await names('q=%25')).toEqual([]);
    });

    it('filters by source, opt-out and whether texts can reach the contact', async () => {
      expect(await names('source=manual')).toHaveLength(5);
      expect(await names('source=quickbooks')).toEqual([]);
      expect(await names('optedOut=true')).toEqual(['Bob Stone']);
      expect(await names('canReceiveTexts=false')).toEqual(['Hartley Plumbing Ltd', 'Bob Stone', 'Chloé Ďurová']);
      expect(await names('canReceiveTexts=true')).toEqual(['Alice Hartley', 'Dev Rao']);
      const bad = await app.http().get('/api/v1/contacts?optedOut=maybe').set(lister.auth).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'optedOut' })]);
    });

    it('pages with the cursor, in creation order', async () => {
      const first = await list('limit=2');
      expect(first.data.map((c) => c.name)).toEqual(['Alice Hartley', 'Hartley Plumbing Ltd']);
      const second = await list(`limit=2&cursor=${first.page.nextCursor}`);
      expect(second.data.map((c) => c.name)).toEqual(['Bob Stone', 'Chloé Ďurová']);
      const last = await list(`limit=2&cursor=${second.page.nextCursor}`);
      expect(last).toMatchObject({ data: [{ name: 'Dev Rao' }], page: { nextCursor: null } });
      const filtered = await list('limit=1&canReceiveTexts=false');
      const next = await list(`limit=5&canReceiveTexts=false&cursor=${filtered.page.nextCursor}`);
      expect(next.data.map((c) => c.name)).toEqual(['Bob Stone', 'Chloé Ďurová']);
    });
  });

  it("answers 404 to another account for a contact's read, change and delete, and lists none of it", async () => {
    const contact = await create({ firstName: 'Private', mobile: '07400 444444' }).expect(201);
    const intruder = await signUp(app);
    const id = contact.body.id as string;
    await app.http().get(`/api/v1/contacts/${id}`).set(intruder.auth).expect(404);
    await app.http().patch(`/api/v1/contacts/${id}`).set(intruder.auth).send({ firstName: 'Stolen' }).expect(404);
    await app.http().delete(`/api/v1/contacts/${id}`).set(intruder.auth).expect(404);
    const list = await app.http().get('/api/v1/contacts').set(intruder.auth).expect(200);
    expect(list.body.data).toEqual([]);
    const still = await app.http().get(`/api/v1/contacts/${id}`).set(owner.auth).expect(200);
    expect(still.body.firstName).toBe('Private');
  });
});
