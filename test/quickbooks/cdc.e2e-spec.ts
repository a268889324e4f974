import { EntityManager } from '@mikro-orm/postgresql';
import { QueryBus } from '@nestjs/cqrs';
import { generateCompany } from '../../libs/sandbox/quickbooks/generator';
import { eventually } from '../../libs/testing';
import { FindContactsByQuickBooksIdsQuery } from '../../src/modules/contacts/contracts';
import { QuickBooksChangeNoticeRecord } from '../../src/modules/integration/domain/quickbooks-change-notice.record';
import { QuickBooksConnection } from '../../src/modules/integration/domain/quickbooks-connection';
import { type SignedUp } from '../support/accounts';
import { latestYearOf, runImport, type SandboxedApp, scheduleCdcPass, startConnectedApp } from '../support/quickbooks';

const company = generateCompany({ seed: 'cdc', customers: 20, invoices: 40, realmId: '9130000000000301' });
const realmId = company.realmId;

describe('the CDC pass and deletions', () => {
  let env: SandboxedApp;
  let owner: SignedUp;

  beforeAll(async () => {
    ({ env, owner } = await startConnectedApp([company], company.realmId));
    const year = latestYearOf(company);
    await runImport(env, owner, { kind: 'invoices', year });
  });

  afterAll(() => env.close());

  const em = () => env.app.app.get(EntityManager).fork();
  const connection = () => em().findOneOrFail(QuickBooksConnection, { accountId: owner.accountId }, { filters: false });
  const linked = async (ids: string[]) =>
    env.app.app.get(QueryBus).execute(new FindContactsByQuickBooksIdsQuery(owner.accountId, ids));

  // Each pass is scheduled a day later than the one before, so the last pass is always due.
  let passes = 0;
  async function cdcPass(): Promise<void> {
    const before = (await connection()).lastCdcPassAt?.getTime() ?? 0;
    passes += 1;
    await scheduleCdcPass(env.app, new Date(Date.now() + passes * 24 * 3600_000));
    await eventually(
      async () => expect((await connection()).lastCdcPassAt?.getTime() ?? 0).toBeGreaterThan(before),
      30_000,
    );
  }

  it('handles a deletion webhook as a deletion: the deleted invoice is never fetched', async () => {
    const year = company.invoices[company.invoices.length - 1].TxnDate.slice(0, 4);
    const invoice = company.invoices.filter(
      (candidate) =>
        candidate.TxnDate.startsWith(year) && candidate.TotalAmt > 0 && candidate.Balance === candidate.TotalAmt,
    )[0];
    env.sandbox.user.deleteInvoice(realmId, invoice.Id);
    const [notice] = await eventually(async () => {
      const found = await em().find(QuickBooksChangeNoticeRecord, { realmId, entity: 'Invoice', entityId: invoice.Id });
      expect(found[0]?.processedAt).toBeInstanceOf(Date);
      return found;
    });
    expect(notice.operation).toBe('deleted');
    expect(notice.outcome).toMatch(new RegExp(`^invoice ${invoice.Id} deleted in QuickBooks: removed$`));
  });

  it('reads more than 1000 changes in one pass without losing any', async () => {
    env.sandbox.admin.configureWebhooks({ dropNext: 1_000_000 });
    const created = Array.from({ length: 1150 }, (_, n) =>
      env.sandbox.user.createCustomer(realmId, {
        DisplayName: `Bulk Customer ${n}`,
        PrimaryEmailAddr: { Address: `bulk${n}@cdc.example` },
      }),
    );
    await env.sandbox.admin.flushWebhooks();

    await cdcPass();

    const found = await linked(created.map((customer) => customer.Id));
    expect(found).toHaveLength(created.length);
    env.sandbox.admin.configureWebhooks({ dropNext: 0 });
  });

  it('falls back to a full re-read when the cursor is older than CDC reaches', async () => {
    env.sandbox.admin.configureWebhooks({ dropNext: 1_000_000 });
    const late = env.sandbox.user.createCustomer(realmId, {
      DisplayName: 'Long Lost',
      PrimaryEmailAddr: { Address: 'lost@cdc.example' },
    });
    await env.sandbox.admin.flushWebhooks();
    await em()
      .getConnection()
      .execute(
        `update integration_quickbooks_connections set cdc_cursor = now() - interval '40 days' where account_id = ?`,
        [owner.accountId],
      );

    await cdcPass();

    expect(await linked([late.Id])).toHaveLength(1);
    expect(((await connection()).cdcCursor as Date).getTime()).toBeGreaterThan(Date.now() - 60_000);
    env.sandbox.admin.configureWebhooks({ dropNext: 0 });
  });
});
