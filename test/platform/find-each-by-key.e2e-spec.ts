import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { ImportOutcome } from '../../src/modules/invoicing/infrastructure/import-outcome';
import { AccountScope } from '../../src/platform/database/account-scope';
import { bulkInsert } from '../../src/platform/database/bulk-insert';
import { findAllByKey, findEachByKey } from '../../src/platform/database/find-each-by-key';
import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

describe('findEachByKey and findAllByKey (one index probe per key)', () => {
  let app: TestApp;
  let owner: SignedUp;
  let other: SignedUp;
  let scope: AccountScope;

  const outcome = (accountId: string, importId: string, quickBooksId: string) =>
    ImportOutcome.of(
      accountId,
      importId,
      { quickBooksId, docNumber: `INV-${quickBooksId}`, result: 'created', invoiceId: randomUUID(), reasons: [] },
      new Date('2026-03-05T10:00:00Z'),
    );
  const store = (accountId: string, rows: ImportOutcome[]) =>
    scope.transaction(accountId, (em) => bulkInsert(em, ImportOutcome, rows));

  beforeAll(async () => {
    app = await startTestApp();
    [owner, other] = [await signUp(app), await signUp(app)];
    scope = app.app.get(AccountScope);
  });

  afterAll(() => app.close());

  it("answers each key's row once, of this account and `where` only, as managed entities", async () => {
    const [mine, theirs] = [randomUUID(), randomUUID()];
    await store(owner.accountId, [outcome(owner.accountId, mine, '1'), outcome(owner.accountId, mine, '2')]);
    await store(owner.accountId, [outcome(owner.accountId, randomUUID(), '3')]);
    await store(other.accountId, [outcome(other.accountId, theirs, '1')]);

    const found = await scope.transaction(owner.accountId, async (em) => {
      const rows = await findEachByKey(em, ImportOutcome, 'quickBooksId', ['2', '1', '2', '3', '9'], {
        where: { importId: mine },
      });
      rows[0].docNumber = 'renamed';
      return rows;
    });
    expect(found.map((row) => [row.quickBooksId, row.docNumber, row.recordedAt.toISOString()])).toEqual([
      ['1', 'renamed', '2026-03-05T10:00:00.000Z'],
      ['2', 'INV-2', '2026-03-05T10:00:00.000Z'],
    ]);
    const stored = await scope.read(owner.accountId, (em) =>
      em.findOneOrFail(ImportOutcome, { importId: mine, quickBooksId: '1' }),
    );
    expect(stored.docNumber).toBe('renamed');

    const across = await scope.read(owner.accountId, (em) =>
      findEachByKey(em, ImportOutcome, 'quickBooksId', ['1'], { where: { importId: theirs } }),
    );
    expect(across).toEqual([]);
  });

  it('answers every row any of the keys names with findAllByKey, of this account only', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    await store(owner.accountId, [outcome(owner.accountId, first, '41'), outcome(owner.accountId, first, '42')]);
    await store(owner.accountId, [outcome(owner.accountId, second, '41')]);
    await store(other.accountId, [outcome(other.accountId, randomUUID(), '41')]);

    const found = await scope.read(owner.accountId, (em) =>
      findAllByKey(em, ImportOutcome, { quickBooksId: ['41', '41', '43'] }),
    );
    expect(found.map((row) => [row.importId, row.quickBooksId]).sort()).toEqual(
      [
        [first, '41'],
        [second, '41'],
      ].sort(),
    );
    const narrowed = await scope.read(owner.accountId, (em) =>
      findAllByKey(em, ImportOutcome, { quickBooksId: ['41', '42'] }, { where: { importId: second } }),
    );
    expect(narrowed.map((row) => [row.importId, row.quickBooksId])).toEqual([[second, '41']]);
    const eitherKey = await scope.read(owner.accountId, (em) =>
      findAllByKey(
        em,
        ImportOutcome,
        { quickBooksId: ['42'], docNumber: ['INV-41', 'INV-43'] },
        { where: { importId: first } },
      ),
    );
    expect(eitherKey.map((row) => row.quickBooksId).sort()).toEqual(['41', '42']);
    const eitherImport = await scope.read(owner.accountId, (em) =>
      findAllByKey(em, ImportOutcome, { quickBooksId: ['41', '42'] }, { where: { importId: [second, randomUUID()] } }),
    );
    expect(eitherImport.map((row) => [row.importId, row.quickBooksId])).toEqual([[second, '41']]);
    await expect(
      scope.read(owner.accountId, (em) => findAllByKey(em, ImportOutcome, { quickBooksId: [] })),
    ).resolves.toEqual([]);
  });

  it('locks what it finds until the transaction ends, with forUpdate', async () => {
    const importId = randomUUID();
    await store(owner.accountId, [outcome(owner.accountId, importId, '1')]);
    const orm = app.app.get(MikroORM);
    const locked = () =>
      orm.em
        .getConnection()
        .execute(`select 1 from invoicing_import_outcomes where import_id = ? for update nowait`, [importId]);

    await scope.transaction(owner.accountId, async (em) => {
      await findEachByKey(em, ImportOutcome, 'quickBooksId', ['1'], { where: { importId }, forUpdate: true });
      await expect(locked()).rejects.toMatchObject({ code: '55P03' });
    });
    await expect(locked()).resolves.toHaveLength(1);
  });

  it('refuses to look without an account', async () => {
    await expect(scope.acrossAccounts((em) => findEachByKey(em, ImportOutcome, 'quickBooksId', ['1']))).rejects.toThrow(
      /only within an account/,
    );
  });
});
