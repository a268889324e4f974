import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { timeStageAsync } from '../../../../platform/metrics/stage-timing';
import {
  type ContactUpsertOutcome,
  UpsertContactsFromQuickBooksCommand,
} from '../../contracts/upsert-contacts-from-quickbooks.command';
import { phoneReaderWith } from '../../domain/phone-readings';
import { lockAccountContacts } from '../../infrastructure/account-contacts-lock';
import { MikroOrmContactRepository } from '../../infrastructure/mikro-orm-contact.repository';
import { runQuickBooksImportRules } from '../quickbooks-import-rules.runner';

/**
 * A page of customers (or a few) in one transaction, with a constant number of queries: every
 * contact they can touch (by QuickBooks id, mobile or email) in one query; the rules run in memory;
 * new contacts are written by one COPY, changed contacts by one UPDATE.
 */
@CommandHandler(UpsertContactsFromQuickBooksCommand)
export class UpsertContactsFromQuickBooksHandler implements ICommandHandler<UpsertContactsFromQuickBooksCommand> {
  constructor(private readonly scope: AccountScope) {}

  execute({
    accountId,
    customers,
    defaultRegion,
    phones,
  }: UpsertContactsFromQuickBooksCommand): Promise<ContactUpsertOutcome[]> {
    return timeStageAsync('writing', () =>
      this.scope.transaction(accountId, async (em) => {
        await lockAccountContacts(em, accountId);
        const contacts = new MikroOrmContactRepository(em);
        const result = await timeStageAsync('rules (within writing)', () =>
          runQuickBooksImportRules(contacts, {
            accountId,
            customers,
            defaultRegion,
            now: new Date(),
            readPhone: phoneReaderWith(phones),
          }),
        );
        await contacts.insertAll(result.created);
        await contacts.updateAll(result.applied);
        // One outcome per customer id (its last, should the customers list one twice).
        const outcomes = new Map(result.outcomes.map((outcome) => [outcome.quickBooksId, outcome]));
        return customers.map((customer) => outcomes.get(customer.quickBooksId) as ContactUpsertOutcome);
      }),
    );
  }
}
