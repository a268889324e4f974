import { randomUUID } from 'node:crypto';
import { AccountScope } from '../../src/platform/database/account-scope';
import { bulkInsert } from '../../src/platform/database/bulk-insert';
import { ImportOutcome } from '../../src/modules/invoicing/infrastructure/import-outcome';
import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

describe('bulkInsert (COPY FROM STDIN on the EntityManager connection)', () => {
  let app: TestApp;
  let owner: SignedUp;
  let scope: AccountScope;

  const outcome = (importId: string, quickBooksId: string, reasons: string[] = []) =>
    ImportOutcome.of(
      owner.accountId,
      importId,
      { quickBooksId, docNumber: `INV-${quickBooksId}`, result: 'created', invoiceId: randomUUID(), reasons },
      new Date('2026-03-05T10:00:00Z'),
    );
  const countOf = (importId: string) => scope.read(owner.accountId, (em) => em.count(ImportOutcome, { importId }));

  beforeAll(async () => {
    app = await startTestApp();
    owner = await signUp(app);
    scope = app.app.get(AccountScope);
  });

  afterAll(() => app.close());

  it('writes nothing of a COPY that fails, and the connection goes on serving the pool', async () => {
    const importId = randomUUID();
    const rows = [outcome(importId, '1'), outcome(importId, '2'), outcome(importId, '1')];
    await expect(scope.transaction(owner.accountId, (em) => bulkInsert(em, ImportOutcome, rows))).rejects.toThrow(
      /duplicate key/,
    );
    expect(await countOf(importId)).toBe(0);

    // More rounds than the pool has connections: a connection left mid-COPY or never released would hang here.
    for (let round = 0; round < 12; round += 1) {
      await scope.transaction(owner.accountId, (em) => bulkInsert(em, ImportOutcome, [outcome(importId, `t${round}`)]));
      await scope.read(owner.accountId, (em) => bulkInsert(em, ImportOutcome, [outcome(importId, `r${round}`)]));
    }
    expect(await countOf(importId)).toBe(24);
  });

  it('keeps JSON columns, nulls and text with COPY escapes as they were', async () => {
    const importId = randomUUID();
    const reasons = ['tab\there', 'line\nbreak', 'back\\slash \\N', '"quoted"', 'café ✓'];
    const row = outcome(importId, 'q\t1\\', reasons);
    row.docNumber = null;
    row.invoiceId = null;
    await scope.transaction(owner.accountId, (em) => bulkInsert(em, ImportOutcome, [row]));

    const [stored] = await scope.read(owner.accountId, (em) => em.find(ImportOutcome, { importId }));
    expect(stored).toMatchObject({
      quickBooksId: 'q\t1\\',
      docNumber: null,
      result: 'created',
      invoiceId: null,
      reasons,
    });
    expect(stored.recordedAt.toISOString()).toBe('2026-03-05T10:00:00.000Z');
  });

  it('writes each row its own instant, the same instant as often as it comes', async () => {
    const importId = randomUUID();
    const instants = [
      '2026-03-05T10:00:00.000Z',
      '2026-03-05T10:00:00.001Z',
      '2026-03-05T10:00:00.000Z',
      '1999-12-31T23:59:59.999Z',
    ];
    const rows = instants.map((instant, index) => {
      const row = outcome(importId, `d${index}`);
      row.recordedAt = new Date(instant);
      return row;
    });
    await scope.transaction(owner.accountId, (em) => bulkInsert(em, ImportOutcome, rows));

    const stored = await scope.read(owner.accountId, (em) =>
      em.find(ImportOutcome, { importId }, { orderBy: { quickBooksId: 'asc' } }),
    );
    expect(stored.map((row) => row.recordedAt.toISOString())).toEqual(instants);
  });

  it('writes rows whose text is larger than a CopyData message, and many rows that fill several, byte for byte', async () => {
    const importId = randomUUID();
    // Multi-byte characters and escapes land on every side of the 64 KiB message boundaries.
    const large = ['é✓\t'.repeat(40_000), 'x'.repeat(70_000), '\\N', 'back\\slash'];
    const rows = [outcome(importId, 'large', large)];
    for (let index = 0; index < 3_000; index += 1)
      rows.push(outcome(importId, `row-${index}`, [`€${index}\n`.repeat(index % 7)]));
    await scope.transaction(owner.accountId, (em) => bulkInsert(em, ImportOutcome, rows));

    const stored = await scope.read(owner.accountId, (em) => em.find(ImportOutcome, { importId }));
    expect(stored).toHaveLength(3_001);
    const byId = new Map(stored.map((row) => [row.quickBooksId, row.reasons]));
    expect(byId.get('large')).toEqual(large);
    for (const row of rows) expect(byId.get(row.quickBooksId)).toEqual(row.reasons);
  });
});
