import { EntityManager, RequestContext } from '@mikro-orm/postgresql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  FindContactsByQuickBooksIdsQuery,
  UpsertContactsFromQuickBooksCommand,
} from '../../src/modules/contacts/contracts';
import { aCustomer } from '../../src/modules/contacts/testing/quickbooks-customers.mother';
import { ChangeContactConsentCommand } from '../../src/modules/contacts/contracts/change-contact-consent.command';
import { lockAccountContacts } from '../../src/modules/contacts/infrastructure/account-contacts-lock';
import { CreateContactCommand } from '../../src/modules/contacts/use-cases/create-contact/create-contact.command';
import { DeleteContactCommand } from '../../src/modules/contacts/use-cases/delete-contact/delete-contact.command';
import { GetContactQuery } from '../../src/modules/contacts/use-cases/get-contact/get-contact.query';
import { ListContactsQuery } from '../../src/modules/contacts/use-cases/list-contacts/list-contacts.query';
import { UpdateContactCommand } from '../../src/modules/contacts/use-cases/update-contact/update-contact.command';
import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

/** Commands and queries carry their account: from the bus, with no request in flight, they act as from HTTP. */
describe('Contacts commands and queries outside HTTP', () => {
  let app: TestApp;
  let commands: CommandBus;
  let queries: QueryBus;

  beforeAll(async () => {
    app = await startTestApp();
    commands = app.app.get(CommandBus);
    queries = app.app.get(QueryBus);
  });

  afterAll(() => app.close());

  const createFromBus = (account: SignedUp, firstName: string, mobile: string | null = null) =>
    commands.execute(new CreateContactCommand(account.accountId, { firstName, mobile, optedOut: true }));

  async function outboxEventsOf(accountId: string, eventName: string): Promise<number> {
    const rows = await app.app
      .get(EntityManager)
      .getConnection()
      .execute<{ count: number }[]>(
        'select count(*)::int as count from platform_outbox where account_id = ? and event_name = ?',
        [accountId, eventName],
      );
    return rows[0].count;
  }

  it('creates a contact from the command bus that the API then reads, with its event in the outbox', async () => {
    const account = await signUp(app);
    expect(RequestContext.currentRequestContext()).toBeUndefined();

    const created = await createFromBus(account, 'Bus', '07400 555001');

    expect(created).toMatchObject({ name: 'Bus', mobile: '+447400555001', source: 'manual', optedOut: true });
    const read = await app.http().get(`/api/v1/contacts/${created.id}`).set(account.auth).expect(200);
    expect(read.body).toEqual(created);
    expect(await outboxEventsOf(account.accountId, 'contacts.contact-opted-out.v1')).toBe(1);
  });

  it('refuses from the bus, as over HTTP, a mobile another contact of the account holds', async () => {
    const account = await signUp(app);
    await createFromBus(account, 'First', '07400 555002');
    await expect(createFromBus(account, 'Second', '+44 7400 555002')).rejects.toMatchObject({
      code: 'CONTACTS.MOBILE_TAKEN',
    });
    const other = await signUp(app);
    await expect(createFromBus(other, 'Elsewhere', '07400 555002')).resolves.toMatchObject({ name: 'Elsewhere' });
  });

  it("never lets a command or query for account A see or change account B's contacts", async () => {
    const a = await signUp(app);
    const b = await signUp(app);
    const inA = await createFromBus(a, 'Alice');
    const inB = await createFromBus(b, 'Bob');
    const [linkedInB] = await commands.execute(new UpsertContactsFromQuickBooksCommand(b.accountId, [aCustomer(1)]));

    const listed = await queries.execute(new ListContactsQuery(a.accountId, {}, 50));
    expect(listed.data.map((contact) => contact.id)).toEqual([inA.id]);
    const searched = await queries.execute(new ListContactsQuery(a.accountId, { search: 'Bob' }, 50));
    expect(searched.data).toEqual([]);
    await expect(queries.execute(new GetContactQuery(a.accountId, inB.id))).rejects.toMatchObject({
      code: 'CONTACTS.CONTACT_NOT_FOUND',
    });
    expect(await queries.execute(new FindContactsByQuickBooksIdsQuery(a.accountId, ['1']))).toEqual([]);

    await expect(
      commands.execute(new UpdateContactCommand(a.accountId, inB.id, { firstName: 'Stolen' })),
    ).rejects.toMatchObject({ code: 'CONTACTS.CONTACT_NOT_FOUND' });
    await expect(commands.execute(new DeleteContactCommand(a.accountId, inB.id))).rejects.toMatchObject({
      code: 'CONTACTS.CONTACT_NOT_FOUND',
    });
    const stillB = await queries.execute(new ListContactsQuery(b.accountId, {}, 50));
    expect(stillB.data.map((contact) => [contact.id, contact.firstName])).toEqual([
      [inB.id, 'Bob'],
      [linkedInB.contactId, 'Sam'],
    ]);
  });

  it('updates and deletes from the bus for the right account', async () => {
    const account = await signUp(app);
    const created = await createFromBus(account, 'Before');
    const updated = await commands.execute(
      new UpdateContactCommand(account.accountId, created.id, { lastName: 'After', optedOut: false }),
    );
    expect(updated).toMatchObject({ name: 'Before After', optedOut: false });
    await commands.execute(new DeleteContactCommand(account.accountId, created.id));
    await app.http().get(`/api/v1/contacts/${created.id}`).set(account.auth).expect(404);
  });

  it('opts a contact out only once a contacts write in progress has ended, so that an import page cannot write back the consent it read', async () => {
    const account = await signUp(app);
    const { id } = await commands.execute(
      new CreateContactCommand(account.accountId, { firstName: 'Stella', optedOut: false }),
    );
    // What an import page holds while it reads contacts, applies QuickBooks to them and writes them back.
    const page = app.app.get(EntityManager).fork();
    await page.begin();
    let settled = false;
    let change: Promise<unknown> = Promise.resolve();
    try {
      await lockAccountContacts(page, account.accountId);
      change = commands.execute(
        new ChangeContactConsentCommand(account.accountId, id, 'opt_out', { how: 'user', at: new Date() }),
      );
      void change.finally(() => (settled = true)).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(settled).toBe(false);
    } finally {
      await page.commit();
    }

    await expect(change).resolves.toEqual({ changed: true, optedOut: true });
  });
});
