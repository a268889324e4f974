import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { QboCustomer } from '../../../../libs/sandbox/quickbooks/qbo-types';
import { GetAccountSettingsQuery } from '../../../platform/accounts/contracts/get-account-settings.query';
import {
  FindContactsByQuickBooksIdsQuery,
  UpsertContactsFromQuickBooksCommand,
  type ContactUpsertOutcome,
} from '../../contacts/contracts';
import type { QuickBooksCompanyRef } from '../domain/quickbooks-company.ref';
import { toQuickBooksCustomerRecord } from './mapping';
import { QuickBooksApiClient } from './quickbooks-api/quickbooks-api.client';

const LOOKUP_BATCH = 500;

/** Which contact each QuickBooks customer is, or why it has none. */
export type CustomerContact = { contactId: string; reason?: undefined } | { contactId: null; reason: string };

/**
 * Hands QuickBooks customers to Contacts, and finds the contact of an invoice's customer: an
 * unknown customer is read from QuickBooks and brought in first by Contacts' rules; one those rules
 * drop has no contact, and its invoices are skipped, never attached to someone else.
 */
@Injectable()
export class QuickBooksCustomerContacts {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly client: QuickBooksApiClient,
  ) {}

  async upsert(company: QuickBooksCompanyRef, customers: QboCustomer[], importId: string | null = null) {
    const { country } = await this.queries.execute(new GetAccountSettingsQuery(company.accountId));
    const records = customers.map(toQuickBooksCustomerRecord);
    return this.commands.execute(
      new UpsertContactsFromQuickBooksCommand(company.accountId, records, importId, country),
    );
  }

  async contactsOf(company: QuickBooksCompanyRef, customerIds: string[]): Promise<Map<string, CustomerContact>> {
    const wanted = [...new Set(customerIds)];
    const result = new Map<string, CustomerContact>();
    const linked = await this.queries.execute(new FindContactsByQuickBooksIdsQuery(company.accountId, wanted));
    for (const contact of linked) result.set(contact.quickBooksId, { contactId: contact.contactId });
    const missing = wanted.filter((id) => !result.has(id));
    for (let start = 0; start < missing.length; start += LOOKUP_BATCH) {
      const ids = missing.slice(start, start + LOOKUP_BATCH);
      const customers = await this.client.query<QboCustomer>(
        company,
        'Customer',
        [
          { field: 'Id', op: 'in', values: ids },
          { field: 'Active', op: 'in', values: [true, false] },
        ],
        { maxResults: 1000 },
      );
      const outcomes: ContactUpsertOutcome[] = customers.length > 0 ? await this.upsert(company, customers) : [];
      for (const outcome of outcomes) result.set(outcome.quickBooksId, contactOf(outcome));
    }
    for (const id of missing) {
      if (!result.has(id)) result.set(id, { contactId: null, reason: `customer ${id} was not found in QuickBooks` });
    }
    return result;
  }
}

function contactOf(outcome: ContactUpsertOutcome): CustomerContact {
  if (outcome.contactId) return { contactId: outcome.contactId };
  const why = outcome.reasons.join('; ') || outcome.result;
  return {
    contactId: null,
    reason: `customer ${outcome.quickBooksId} (${outcome.displayName ?? 'no name'}) has no contact: ${why}`,
  };
}
