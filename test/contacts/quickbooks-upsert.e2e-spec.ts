import { EntityManager } from '@mikro-orm/postgresql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  FindContactsByQuickBooksIdsQuery,
  UpsertContactsFromQuickBooksCommand,
  type QuickBooksCustomerRecord,
} from '../../src/modules/contacts/contracts';
import {
  aCustomer,
  editedInQuickBooks,
  ukMobile,
  ukMobileE164,
} from '../../src/modules/contacts/testing/quickbooks-customers.mother';
import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

describe('UpsertContactsFromQuickBooks against the database', () => {
  let app: TestApp;
  let commands: CommandBus;
  let queries: QueryBus;

  beforeAll(async () => {
    app = await startTestApp();
    commands = app.app.get(CommandBus);
    queries = app.app.get(QueryBus);
  });

  afterAll(() => app.close());

  const upsert = (account: SignedUp, customers: QuickBooksCustomerRecord[]) =>
    commands.execute(new UpsertContactsFromQuickBooksCommand(account.accountId, customers, 'GB'));

  async function countContacts(accountId: string): Promise<number> {
    const rows = await app.app
      .get(EntityManager)
      .getConnection()
      .execute<{ count: number }[]>('select count(*)::int as count from contacts_contacts where account_id = ?', [
        accountId,
      ]);
    return rows[0].count;
  }

  it('imports 100 customers sharing one mobile three times as 98, naming the two dropped, and a re-run changes nothing', async () => {
    const account = await signUp(app);
    const customers = Array.from({ length: 100 }, (_, i) => aCustomer(i + 1));
    customers[40] = aCustomer(41, { mobile: ukMobile(10) });
    customers[70] = aCustomer(71, { mobile: ukMobile(10) });

    const first = await upsert(account, customers);

    expect(first.filter((outcome) => outcome.result === 'created')).toHaveLength(98);
    expect(first.filter((outcome) => outcome.result === 'skipped')).toEqual([
      expect.objectContaining({
        quickBooksId: '41',
        displayName: 'Customer 41',
        contactId: null,
        reasons: [expect.stringContaining(ukMobileE164(10))],
      }),
      expect.objectContaining({
        quickBooksId: '71',
        displayName: 'Customer 71',
        contactId: null,
        reasons: [expect.stringContaining(ukMobileE164(10))],
      }),
    ]);
    expect(await countContacts(account.accountId)).toBe(98);

    const rerun = await upsert(account, customers);
    expect(new Set(rerun.map((outcome) => outcome.result))).toEqual(new Set(['unchanged', 'skipped']));
    expect(await countContacts(account.accountId)).toBe(98);
  });

  it('overwrites a contact edited in Settle when QuickBooks updates the customer, and ignores stale updates', async () => {
    const account = await signUp(app);
    const customer = aCustomer(7, { givenName: 'Jo', familyName: 'Bloggs', companyName: null });
    const [created] = await upsert(account, [customer]);
    const contactId = created.contactId as string;
    await app
      .http()
      .patch(`/api/v1/contacts/${contactId}`)
      .set(account.auth)
      .send({ firstName: 'Joanna', email: 'joanna@settle.example' })
      .expect(200);

    const [same] = await upsert(account, [customer]);
    expect(same.result).toBe('unchanged');

    const newer = editedInQuickBooks(customer, { familyName: 'Bloggs-Smith' });
    expect((await upsert(account, [newer]))[0]).toMatchObject({ result: 'updated', contactId });
    const read = await app.http().get(`/api/v1/contacts/${contactId}`).set(account.auth).expect(200);
    expect(read.body).toMatchObject({
      firstName: 'Jo',
      lastName: 'Bloggs-Smith',
      email: 'customer7@example.com',
      source: 'quickbooks',
      quickBooksCustomerId: '7',
    });

    const [stale] = await upsert(account, [{ ...customer, familyName: 'Old' }]);
    expect(stale.result).toBe('unchanged');
    expect(stale.reasons[0]).toMatch(/stale update ignored/);
  });

  it('links a manual contact with the same mobile, and lets a number move between customers in one page', async () => {
    const account = await signUp(app);
    const manual = await app
      .http()
      .post('/api/v1/contacts')
      .set(account.auth)
      .send({ firstName: 'Typed', lastName: 'ByHand', mobile: ukMobile(1) })
      .expect(201);
    const [linked] = await upsert(account, [aCustomer(1)]);
    expect(linked).toMatchObject({ result: 'updated', contactId: manual.body.id });

    const outcomes = await upsert(account, [
      editedInQuickBooks(aCustomer(1), { mobile: ukMobile(500) }),
      aCustomer(2, { mobile: ukMobile(1) }),
    ]);
    expect(outcomes.map((outcome) => outcome.result)).toEqual(['updated', 'created']);

    const found = await queries.execute(new FindContactsByQuickBooksIdsQuery(account.accountId, ['1', '2', '404']));
    expect(found.map((contact) => contact.quickBooksId).sort()).toEqual(['1', '2']);
    expect(found.find((contact) => contact.quickBooksId === '1')).toMatchObject({
      contactId: manual.body.id,
      displayName: 'Sam Patel1',
    });
  });

  it("touches only the command's account", async () => {
    const a = await signUp(app);
    const b = await signUp(app);
    await upsert(a, [aCustomer(1)]);
    const [inB] = await upsert(b, [aCustomer(1)]);
    expect(inB.result).toBe('created');
    expect(await queries.execute(new FindContactsByQuickBooksIdsQuery(b.accountId, ['1']))).toEqual([
      expect.objectContaining({ contactId: inB.contactId }),
    ]);
    await app.http().get(`/api/v1/contacts/${inB.contactId}`).set(a.auth).expect(404);
  });
});
