import type { EntityManager } from '@mikro-orm/postgresql';
import { ContactImportOutcome } from '../domain/contact-import-outcome';
import type { ContactImportOutcomeRepository } from '../domain/contact.repository';
import { bulkInsert } from '../../../platform/database/bulk-insert';

export class MikroOrmContactImportOutcomeRepository implements ContactImportOutcomeRepository {
  constructor(private readonly em: EntityManager) {}

  findRecorded(importId: string, quickBooksIds: string[]): Promise<ContactImportOutcome[]> {
    if (quickBooksIds.length === 0) return Promise.resolve([]);
    return this.em.find(ContactImportOutcome, { importId, quickBooksId: { $in: quickBooksIds } });
  }

  async insertAll(outcomes: ContactImportOutcome[]): Promise<void> {
    await bulkInsert(this.em, ContactImportOutcome, outcomes);
  }
}
