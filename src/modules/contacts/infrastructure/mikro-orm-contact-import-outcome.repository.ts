import type { EntityManager } from '@mikro-orm/postgresql';
import { ContactImportOutcome } from '../domain/contact-import-outcome';
import type { ContactImportOutcomeRepository } from '../domain/contact.repository';
import { bulkInsert } from '../../../platform/database/bulk-insert';
import { findAllByKey } from '../../../platform/database/find-each-by-key';

export class MikroOrmContactImportOutcomeRepository implements ContactImportOutcomeRepository {
  constructor(private readonly em: EntityManager) {}

  findRecorded(importId: string, quickBooksIds: string[]): Promise<ContactImportOutcome[]> {
    return findAllByKey(this.em, ContactImportOutcome, { quickBooksId: quickBooksIds }, { where: { importId } });
  }

  async insertAll(outcomes: ContactImportOutcome[]): Promise<void> {
    await bulkInsert(this.em, ContactImportOutcome, outcomes);
  }
}
