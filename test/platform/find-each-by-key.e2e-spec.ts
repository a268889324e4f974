import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Contact } from '../../src/modules/contacts/domain/contact';
import { Invoice } from '../../src/modules/invoicing/domain/invoice';
import { AccountScope } from '../../src/platform/database/account-scope';
import { bulkInsert } from '../../src/platform/database/bulk-insert';
import { bulkUpdate } from '../../src/platform/database/bulk-update';
import { findAllByKey, findEachByKey } from '../../src/platform/database/find-each-by-key';
import { invoiceRecord, revisionOf } from '../invoicing/support/invoice-record.mother';
import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

describe('findEachByKey and findAllByKey (one index probe per key), and bulkUpdate', () => {
  let app: TestApp;
  let owner: SignedUp;
  let other: SignedUp;
  let scope: AccountScope;

  /** A contact of the batch `batch` (its business name), last name `key`, and a QuickBooks id if given. */
  const contact = (accountId: string, batch: string, key: string, quickBooksCustomerId: string | null = null) => {
    const row = Contact.create(
      accountId,
      {
        firstName: `name-${key}`,
        lastName: key,
        businessName: batch,
        email: null,
        mobile: null,
        otherPhone: null,
        billingAddress: null,
      },
      new Date('2026-03-05T10:00:00Z'),
    );
    row.quickBooksCustomerId = quickBooksCustomerId;
    return row;
  };
  const store = (accountId: string, rows: Contact[]) =>
    scope.transaction(accountId, (em) => bulkInsert(em, Contact, rows));

  beforeAll(async () => {
    app = await startTestApp();
    [owner, other] = [await signUp(app), await signUp(app)];
    scope = app.app.get(AccountScope);
  });

  afterAll(() => app.close());

  it("answers each key's row once, of this account and `where` only, as managed entities", async () => {
    const [mine, theirs] = [randomUUID(), randomUUID()];
    await store(owner.accountId, [contact(owner.accountId, mine, 'a', '1'), contact(owner.accountId, mine, 'b', '2')]);
    await store(owner.accountId, [contact(owner.accountId, randomUUID(), 'c', '3')]);
    await store(other.accountId, [contact(other.accountId, theirs, 'a', '1')]);

    const found = await scope.transaction(owner.accountId, async (em) => {
      const rows = await findEachByKey(em, Contact, 'quickBooksCustomerId', ['2', '1', '2', '3', '9'], {
        where: { businessName: mine },
      });
      rows[0].firstName = 'renamed';
      return rows;
    });
    expect(found.map((row) => [row.quickBooksCustomerId, row.firstName, row.createdAt.toISOString()])).toEqual([
      ['1', 'renamed', '2026-03-05T10:00:00.000Z'],
      ['2', 'name-b', '2026-03-05T10:00:00.000Z'],
    ]);
    const stored = await scope.read(owner.accountId, (em) =>
      em.findOneOrFail(Contact, { businessName: mine, quickBooksCustomerId: '1' }),
    );
    expect(stored.firstName).toBe('renamed');

    const across = await scope.read(owner.accountId, (em) =>
      findEachByKey(em, Contact, 'quickBooksCustomerId', ['1'], { where: { businessName: theirs } }),
    );
    expect(across).toEqual([]);
  });

  it('answers every row any of the keys names with findAllByKey, of this account only', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    await store(owner.accountId, [contact(owner.accountId, first, '41'), contact(owner.accountId, first, '42')]);
    await store(owner.accountId, [contact(owner.accountId, second, '41')]);
    await store(other.accountId, [contact(other.accountId, randomUUID(), '41')]);

    const found = await scope.read(owner.accountId, (em) =>
      findAllByKey(em, Contact, { lastName: ['41', '41', '43'] }),
    );
    expect(found.map((row) => [row.businessName, row.lastName]).sort()).toEqual(
      [
        [first, '41'],
        [second, '41'],
      ].sort(),
    );
    const narrowed = await scope.read(owner.accountId, (em) =>
      findAllByKey(em, Contact, { lastName: ['41', '42'] }, { where: { businessName: second } }),
    );
    expect(narrowed.map((row) => [row.businessName, row.lastName])).toEqual([[second, '41']]);
    const eitherKey = await scope.read(owner.accountId, (em) =>
      findAllByKey(
        em,
        Contact,
        { lastName: ['42'], firstName: ['name-41', 'name-43'] },
        { where: { businessName: first } },
      ),
    );
    expect(eitherKey.map((row) => row.lastName).sort()).toEqual(['41', '42']);
    const eitherBatch = await scope.read(owner.accountId, (em) =>
      findAllByKey(em, Contact, { lastName: ['41', '42'] }, { where: { businessName: [second, randomUUID()] } }),
    );
    expect(eitherBatch.map((row) => [row.businessName, row.lastName])).toEqual([[second, '41']]);
    await expect(scope.read(owner.accountId, (em) => findAllByKey(em, Contact, { lastName: [] }))).resolves.toEqual([]);
  });

  it('answers detached entities with the values managed ones have, and bulkUpdate writes back what was changed of them', async () => {
    const batch = randomUUID();
    const stored = [contact(owner.accountId, batch, 'd1', 'd-1'), contact(owner.accountId, batch, 'd2', 'd-2')];
    stored[0].billingAddress = { lines: ['1 Quay St'], city: 'Bristol', region: null, postalCode: null, country: 'GB' };
    stored[1].optOut(new Date('2026-04-01T08:30:00.123Z'));
    await store(owner.accountId, stored);
    const keys = { quickBooksCustomerId: ['d-1', 'd-2'] };
    const byId = (rows: Contact[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    const managed = await scope.read(owner.accountId, (em) => findAllByKey(em, Contact, keys));

    const detached = await scope.transaction(owner.accountId, async (em) => {
      const found = await findAllByKey(em, Contact, keys, { detached: true });
      expect(found.every((row) => row instanceof Contact)).toBe(true);
      expect(byId(found).map((row) => ({ ...row }))).toEqual(byId(managed).map((row) => ({ ...row })));
      for (const row of found) row.edit({ firstName: `it's\t"${row.lastName}"` }, new Date('2026-05-01T00:00:00Z'));
      found[0].optIn(new Date('2026-05-02T00:00:00Z'));
      return found;
    });
    const unchanged = await scope.read(owner.accountId, (em) => findAllByKey(em, Contact, keys));
    expect(unchanged.map((row) => row.firstName).sort()).toEqual(['name-d1', 'name-d2']);

    await scope.transaction(owner.accountId, (em) => bulkUpdate(em, Contact, detached));
    const written = await scope.read(owner.accountId, (em) => findAllByKey(em, Contact, keys));
    expect(byId(written).map((row) => ({ ...row }))).toEqual(byId(detached).map((row) => ({ ...row })));
  });

  it('keeps every kind of column through a detached read and a bulk update: bigints, dates, JSON, timestamps', async () => {
    const record = invoiceRecord({ quickBooksId: randomUUID() });
    const now = new Date('2026-03-05T09:00:00.456Z');
    const invoice = Invoice.importFromQuickBooks({ accountId: owner.accountId, contactId: randomUUID(), record, now });
    await scope.transaction(owner.accountId, (em) => bulkInsert(em, Invoice, [invoice]));
    const find = (detached: boolean) =>
      scope.transaction(owner.accountId, (em) =>
        findEachByKey(em, Invoice, 'quickBooksId', [record.quickBooksId], { detached }),
      );
    const [managed] = await find(false);
    const [detached] = await find(true);
    expect({ ...detached }).toEqual({ ...managed });

    const revision = revisionOf(record, {
      balanceMinor: 2000n,
      dueDate: null,
      lines: [...record.lines, ...record.lines],
    });
    expect(detached.applyQuickBooksRevision(revision, detached.contactId, now).result).toBe('updated');
    await scope.transaction(owner.accountId, (em) => bulkUpdate(em, Invoice, [detached]));
    const [written] = await find(false);
    expect({ ...written }).toEqual({ ...detached });
    expect(written).toMatchObject({ balanceMinor: 2000n, dueDate: null, txnDate: '2026-03-02' });
  });

  it("never writes another account's row in bulk, nor without an account", async () => {
    const [theirs] = [contact(other.accountId, randomUUID(), 'x', 'x-1')];
    await store(other.accountId, [theirs]);
    theirs.firstName = 'taken over';

    await scope.transaction(owner.accountId, (em) => bulkUpdate(em, Contact, [theirs]));
    await expect(scope.acrossAccounts((em) => bulkUpdate(em, Contact, [theirs]))).rejects.toThrow(
      /only within an account/,
    );
    const [kept] = await scope.read(other.accountId, (em) =>
      findAllByKey(em, Contact, { quickBooksCustomerId: ['x-1'] }),
    );
    expect(kept.firstName).toBe('name-x');
  });

  it('locks what it finds until the transaction ends, with forUpdate', async () => {
    const batch = randomUUID();
    await store(owner.accountId, [contact(owner.accountId, batch, 'l', 'lock-1')]);
    const orm = app.app.get(MikroORM);
    const locked = () =>
      orm.em
        .getConnection()
        .execute(`select 1 from contacts_contacts where business_name = ? for update nowait`, [batch]);

    await scope.transaction(owner.accountId, async (em) => {
      await findEachByKey(em, Contact, 'quickBooksCustomerId', ['lock-1'], {
        where: { businessName: batch },
        forUpdate: true,
      });
      await expect(locked()).rejects.toMatchObject({ code: '55P03' });
    });
    await expect(locked()).resolves.toHaveLength(1);
  });

  it('refuses to look without an account', async () => {
    await expect(
      scope.acrossAccounts((em) => findEachByKey(em, Contact, 'quickBooksCustomerId', ['1'])),
    ).rejects.toThrow(/only within an account/);
  });
});
