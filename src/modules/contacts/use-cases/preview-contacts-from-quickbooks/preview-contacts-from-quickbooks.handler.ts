import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PreviewContactsFromQuickBooksQuery } from '../../contracts/preview-contacts-from-quickbooks.query';
import type { ContactUpsertOutcome } from '../../contracts/upsert-contacts-from-quickbooks.command';
import { MikroOrmContactRepository } from '../../infrastructure/mikro-orm-contact.repository';
import { accountScopedEm } from '../../../../platform/database/tenant-filter';
import { runQuickBooksImportRules } from '../quickbooks-import-rules.runner';

/**
 * The upsert's rules on the earlier customers then the page, in one query for the contacts they
 * can touch, loaded into an EntityManager of their own that is never flushed: what the rules
 * change stays in memory. Answers the page's outcomes only.
 */
@QueryHandler(PreviewContactsFromQuickBooksQuery)
export class PreviewContactsFromQuickBooksHandler implements IQueryHandler<PreviewContactsFromQuickBooksQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute(query: PreviewContactsFromQuickBooksQuery): Promise<ContactUpsertOutcome[]> {
    const { accountId, customers, defaultRegion, earlier } = query;
    if (customers.length === 0) return [];
    const contacts = new MikroOrmContactRepository(accountScopedEm(this.em, accountId));
    const { outcomes } = await runQuickBooksImportRules(contacts, {
      accountId,
      customers: [...earlier, ...customers],
      defaultRegion,
      now: new Date(),
    });
    return outcomes.slice(earlier.length);
  }
}
