import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { QuickBooksImport, type ImportPhase } from '../../domain/quickbooks-import';
import { loadImportPages, loadImportProgress } from '../../infrastructure/persistence/quickbooks-import-pages';
import { IntegrationErrors } from '../../integration.errors';
import { GetQuickBooksImportQuery } from './get-quickbooks-import.query';
import type { QuickBooksImportResponseDto } from './quickbooks-import.response.dto';

@QueryHandler(GetQuickBooksImportQuery)
export class GetQuickBooksImportHandler implements IQueryHandler<GetQuickBooksImportQuery> {
  constructor(private readonly scope: AccountScope) {}

  async execute({ accountId, importId }: GetQuickBooksImportQuery): Promise<QuickBooksImportResponseDto> {
    const run = await this.scope.read(accountId, async (em) => {
      const found = await em.findOne(QuickBooksImport, { id: importId });
      if (!found) return null;
      return found.isFinished() ? loadImportPages(em, found) : loadImportProgress(em, found);
    });
    if (!run) throw IntegrationErrors.importNotFound();
    // The skipped and reported lists can run to thousands of entries: they come with the final
    // summary, so that polling a running import stays cheap.
    const finished = run.isFinished();
    const phase = (name: ImportPhase) => {
      const summary = run.summary(name);
      return {
        ...summary,
        skipped: finished ? summary.skipped : null,
        reported: finished ? summary.reported : null,
      };
    };
    return {
      id: run.id,
      kind: run.kind,
      year: run.year,
      dryRun: run.dryRun,
      status: run.status,
      error: run.error,
      contacts: phase('contacts'),
      invoices: run.kind === 'invoices' ? { ...phase('invoices'), unpaidByCurrency: run.unpaidByCurrency() } : null,
      createdAt: run.createdAt.toISOString(),
      finishedAt: run.finishedAt?.toISOString() ?? null,
    };
  }
}
