import { randomUUID } from 'node:crypto';
import { Contact } from '../../src/modules/contacts/domain/contact';
import { AccountScope } from '../../src/platform/database/account-scope';
import { bulkInsert } from '../../src/platform/database/bulk-insert';
import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

describe('bulkInsert (COPY FROM STDIN on the EntityManager connection)', () => {
  let app: TestApp;
  let owner: SignedUp;
  let scope: AccountScope;

  /** A contact of the batch `batch` (its business name), named `name`, its address lines `lines`. */
  const contact = (batch: string, name: string, lines: string[] = []) =>
    Contact.create(
      owner.accountId,
      {
        firstName: name,
        lastName: null,
        businessName: batch,
        email: null,
        mobile: null,
        otherPhone: null,
        billingAddress: { lines, city: null, region: null, postalCode: null, country: null },
      },
      new Date('2026-03-05T10:00:00Z'),
    );
  const batchOf = (batch: string) =>
    scope.read(owner.accountId, (em) => em.find(Contact, { businessName: batch }, { orderBy: { firstName: 'asc' } }));

  beforeAll(async () => {
    app = await startTestApp();
    owner = await signUp(app);
    scope = app.app.get(AccountScope);
  });

  afterAll(() => app.close());

  it('writes nothing of a COPY that fails, and the connection goes on serving the pool', async () => {
    const batch = randomUUID();
    const first = contact(batch, '1');
    const rows = [first, contact(batch, '2'), first];
    await expect(scope.transaction(owner.accountId, (em) => bulkInsert(em, Contact, rows))).rejects.toThrow(
      /duplicate key/,
    );
    expect(await batchOf(batch)).toHaveLength(0);

    // More rounds than the pool has connections: a connection left mid-COPY or never released would hang here.
    for (let round = 0; round < 12; round += 1) {
      await scope.transaction(owner.accountId, (em) => bulkInsert(em, Contact, [contact(batch, `t${round}`)]));
      await scope.read(owner.accountId, (em) => bulkInsert(em, Contact, [contact(batch, `r${round}`)]));
    }
    expect(await batchOf(batch)).toHaveLength(24);
  });

  it('keeps JSON columns, nulls and text with COPY escapes as they were', async () => {
    const batch = randomUUID();
    const lines = ['tab\there', 'line\nbreak', 'back\\slash \\N', '"quoted"', 'café ✓'];
    const row = contact(batch, 'q\t1\\', lines);
    row.otherPhone = '\\N';
    // Escapes and characters beyond ASCII in short values and in long ones.
    row.lastName = 'Zoë\r\n😀\\';
    row.email = 'josé\r@example.com';
    await scope.transaction(owner.accountId, (em) => bulkInsert(em, Contact, [row]));

    const [stored] = await batchOf(batch);
    expect(stored).toMatchObject({
      firstName: 'q\t1\\',
      lastName: 'Zoë\r\n😀\\',
      email: 'josé\r@example.com',
      otherPhone: '\\N',
      billingAddress: { lines, city: null },
    });
    expect(stored.createdAt.toISOString()).toBe('2026-03-05T10:00:00.000Z');
  });

  it('writes each row its own instant, the same instant as often as it comes', async () => {
    const batch = randomUUID();
    const instants = [
      '2026-03-05T10:00:00.000Z',
      '2026-03-05T10:00:00.001Z',
      '2026-03-05T10:00:00.000Z',
      '1999-12-31T23:59:59.999Z',
      // 4,093 ms later: the same memo slot as the first, which it replaces, and the first again.
      '2026-03-05T10:00:04.093Z',
      '2026-03-05T10:00:00.000Z',
    ];
    const rows = instants.map((instant, index) => {
      const row = contact(batch, `d${index}`);
      row.createdAt = new Date(instant);
      return row;
    });
    await scope.transaction(owner.accountId, (em) => bulkInsert(em, Contact, rows));

    const stored = await batchOf(batch);
    expect(stored.map((row) => row.createdAt.toISOString())).toEqual(instants);
  });

  it('writes rows whose text is larger than a CopyData message, and many rows that fill several, byte for byte', async () => {
    const batch = randomUUID();
    // Multi-byte characters and escapes land on every side of the 64 KiB message boundaries.
    const large = ['é✓\t'.repeat(40_000), 'x'.repeat(70_000), '\\N', 'back\\slash'];
    const rows = [contact(batch, 'large', large)];
    for (let index = 0; index < 3_000; index += 1)
      rows.push(contact(batch, `row-${index}`, [`€${index}\n`.repeat(index % 7)]));
    await scope.transaction(owner.accountId, (em) => bulkInsert(em, Contact, rows));

    const stored = await batchOf(batch);
    expect(stored).toHaveLength(3_001);
    const linesOf = new Map(stored.map((row) => [row.firstName, row.billingAddress?.lines]));
    expect(linesOf.get('large')).toEqual(large);
    for (const row of rows) expect(linesOf.get(row.firstName)).toEqual(row.billingAddress?.lines);
  });
});
