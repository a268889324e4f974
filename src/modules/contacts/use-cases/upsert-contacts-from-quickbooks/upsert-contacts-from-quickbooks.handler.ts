import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { timeStageAsync } from '../../../../platform/metrics/stage-timing';
import {
  type ContactUpsertOutcome,
  UpsertContactsFromQuickBooksCommand,
} from '../../contracts/upsert-contacts-from-quickbooks.command';
import { ContactImportOutcome } from '../../domain/contact-import-outcome';
import { lockAccountContacts } from '../../infrastructure/account-contacts-lock';
import { MikroOrmContactImportOutcomeRepository } from '../../infrastructure/mikro-orm-contact-import-outcome.repository';
import { MikroOrmContactRepository } from '../../infrastructure/mikro-orm-contact.repository';
import { runQuickBooksImportRules, uniqueIds } from '../quickbooks-import-rules.runner';

/**
 * One page of customers in one transaction, with a constant number of queries: the outcomes
 * already recorded for this import, then every contact the page can touch (by QuickBooks id,
 * mobile or email) in one query; the rules run in memory; new contacts and outcomes are written by
 * multi-row inserts, changed contacts by the flush at commit. A retried page answers with the outcomes recorded the first time.
 */
@CommandHandler(UpsertContactsFromQuickBooksCommand)
export class UpsertContactsFromQuickBooksHandler implements ICommandHandler<UpsertContactsFromQuickBooksCommand> {
  constructor(private readonly scope: AccountScope) {}

  execute(command: UpsertContactsFromQuickBooksCommand): Promise<ContactUpsertOutcome[]> {
    const { accountId, customers, importId, defaultRegion } = command;
    return timeStageAsync('writing', () =>
      this.scope.transaction(accountId, async (em) => {
        await lockAccountContacts(em, accountId);
        const contacts = new MikroOrmContactRepository(em);
        const outcomes = new MikroOrmContactImportOutcomeRepository(em);
        const recorded = new Map<string, ContactUpsertOutcome>();
        if (importId) {
          const previous = await outcomes.findRecorded(importId, uniqueIds(customers));
          for (const outcome of previous) recorded.set(outcome.quickBooksId, outcome.toOutcome());
        }
        const fresh = customers.filter((customer) => !recorded.has(customer.quickBooksId));
        const applied = new Map<string, ContactUpsertOutcome>();
        if (fresh.length > 0) {
          const now = new Date();
          const result = await timeStageAsync('rules (within writing)', () =>
            runQuickBooksImportRules(contacts, { accountId, customers: fresh, defaultRegion, now }),
          );
          await contacts.insertAll(result.created);
          for (const outcome of result.outcomes) applied.set(outcome.quickBooksId, outcome);
          if (importId) {
            await outcomes.insertAll(
              [...applied.values()].map((outcome, position) =>
                ContactImportOutcome.record(accountId, importId, position, outcome, now),
              ),
            );
          }
        }
        // One outcome per customer id (its last, should a page list a customer twice), as recorded.
        return customers.map(
          (customer) =>
            (recorded.get(customer.quickBooksId) ?? applied.get(customer.quickBooksId)) as ContactUpsertOutcome,
        );
      }),
    );
  }
}
