import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import {
  type ContactImportSummary,
  GetContactImportSummaryQuery,
  type SkippedCustomer,
} from '../../contracts/get-contact-import-summary.query';
import type { ContactUpsertResult } from '../../contracts/upsert-contacts-from-quickbooks.command';

interface CountRow {
  result: ContactUpsertResult;
  count: number;
}

interface ReportedRow {
  quickbooks_id: string;
  display_name: string | null;
  result: ContactUpsertResult;
  reasons: string[];
}

/** Two queries whatever the import's size: the counts by result, and the customers with reasons. */
@QueryHandler(GetContactImportSummaryQuery)
export class GetContactImportSummaryHandler implements IQueryHandler<GetContactImportSummaryQuery> {
  constructor(private readonly scope: AccountScope) {}

  async execute({ accountId, importId }: GetContactImportSummaryQuery): Promise<ContactImportSummary> {
    const { counts, reported } = await this.scope.read(accountId, async (em) => ({
      counts: await em.execute<CountRow[]>(
        `select result, count(*)::int as count from contacts_import_outcomes
         where account_id = ? and import_id = ? group by result`,
        [accountId, importId],
      ),
      reported: await em.execute<ReportedRow[]>(
        `select quickbooks_id, display_name, result, reasons from contacts_import_outcomes
         where account_id = ? and import_id = ? and (result = 'skipped' or jsonb_array_length(reasons) > 0)
         order by recorded_at, position`,
        [accountId, importId],
      ),
    }));
    const countOf = (result: ContactUpsertResult) => counts.find((row) => row.result === result)?.count ?? 0;
    const customerOf = (row: ReportedRow): SkippedCustomer => ({
      quickBooksId: row.quickbooks_id,
      displayName: row.display_name,
      reasons: row.reasons,
    });
    return {
      importId,
      created: countOf('created'),
      updated: countOf('updated'),
      unchanged: countOf('unchanged'),
      skipped: countOf('skipped'),
      skippedCustomers: reported.filter((row) => row.result === 'skipped').map(customerOf),
      reportedCustomers: reported.filter((row) => row.result !== 'skipped').map(customerOf),
    };
  }
}
