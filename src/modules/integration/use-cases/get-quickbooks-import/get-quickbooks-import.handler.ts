import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { QuickBooksImport } from '../../domain/quickbooks-import';
import { IntegrationErrors } from '../../integration.errors';
import { GetQuickBooksImportQuery } from './get-quickbooks-import.query';
import type { QuickBooksImportResponseDto } from './quickbooks-import.response.dto';

@QueryHandler(GetQuickBooksImportQuery)
export class GetQuickBooksImportHandler implements IQueryHandler<GetQuickBooksImportQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ importId }: GetQuickBooksImportQuery): Promise<QuickBooksImportResponseDto> {
    const run = await this.em.findOne(QuickBooksImport, { id: importId });
    if (!run) throw IntegrationErrors.importNotFound();
    return {
      id: run.id,
      kind: run.kind,
      year: run.year,
      dryRun: run.dryRun,
      status: run.status,
      error: run.error,
      contacts: run.summary('contacts'),
      invoices:
        run.kind === 'invoices' ? { ...run.summary('invoices'), unpaidByCurrency: run.unpaidByCurrency() } : null,
      createdAt: run.createdAt.toISOString(),
      finishedAt: run.finishedAt?.toISOString() ?? null,
    };
  }
}
