import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { PreviewContactsFromQuickBooksQuery } from '../../contracts/preview-contacts-from-quickbooks.query';
import type { ContactUpsertOutcome } from '../../contracts/upsert-contacts-from-quickbooks.command';
import { MikroOrmContactRepository } from '../../infrastructure/mikro-orm-contact.repository';
import { runQuickBooksImportRules } from '../quickbooks-import-rules.runner';

/**
 * The upsert's rules on the earlier customers then the page, in one query for the contacts they
 * can touch, which are never written: what the rules change stays in memory. Answers the page's
 * outcomes only.
 */
@QueryHandler(PreviewContactsFromQuickBooksQuery)
export class PreviewContactsFromQuickBooksHandler implements IQueryHandler<PreviewContactsFromQuickBooksQuery> {
  constructor(private readonly scope: AccountScope) {}

  async execute(query: PreviewContactsFromQuickBooksQuery): Promise<ContactUpsertOutcome[]> {
    const { accountId, customers, defaultRegion, earlier } = query;
    if (customers.length === 0) return [];
    const { outcomes } = await this.scope.read(accountId, (em) =>
      runQuickBooksImportRules(new MikroOrmContactRepository(em), {
        accountId,
        customers: [...earlier, ...customers],
        defaultRegion,
        now: new Date(),
      }),
    );
    return outcomes.slice(earlier.length);
  }
}
