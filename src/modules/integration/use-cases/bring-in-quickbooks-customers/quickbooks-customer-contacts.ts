import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { QboCustomer } from '../../../../../libs/quickbooks/qbo-types';
import { GetAccountSettingsQuery } from '../../../../platform/accounts/contracts/get-account-settings.query';
import {
  type ContactUpsertOutcome,
  type CustomerPhoneReadings,
  type PhoneReading,
  FindContactsByQuickBooksIdsQuery,
  type QuickBooksCustomerRecord,
  ReadQuickBooksCustomerPhonesQuery,
  UpsertContactsFromQuickBooksCommand,
} from '../../../contacts/contracts';
import { timeStage, timeStageAsync } from '../../../../platform/metrics/stage-timing';
import type { QuickBooksCompanyRef } from '../../domain/quickbooks-company.ref';
import { toQuickBooksCustomerRecord } from '../../infrastructure/mapping';
import { QuickBooksApiClient } from '../../infrastructure/quickbooks-api/quickbooks-api.client';
import type { QuickBooksWhere } from '../../infrastructure/quickbooks-api/quickbooks-query.builder';
import type { CustomerContact, CustomerIntake } from './customer-contact';

const LOOKUP_BATCH = 500;

/** The timed stage (see timeStageAsync) of a page's phone numbers read ahead on Contacts' thread. */
export const PHONES_READ_AHEAD_STAGE = 'phone numbers (read ahead, on a thread)';

/** A page of customers in Contacts' terms, for `upsertPrepared`: with their numbers read, when asked. */
export interface PreparedCustomers {
  records: QuickBooksCustomerRecord[];
  defaultRegion: string;
  phones: CustomerPhoneReadings | null;
}

/**
 * Pages of customers as one, in order, for one upsert: Contacts applies customers one after the
 * other, so the outcome is the pages' applied in turn. Numbers read for any of them are not read again.
 */
export function joinPrepared(pages: PreparedCustomers[]): PreparedCustomers {
  if (pages.length === 1) return pages[0];
  const readings = new Map<string, PhoneReading | null>();
  for (const { phones } of pages) for (const [text, reading] of phones?.readings ?? []) readings.set(text, reading);
  const { defaultRegion } = pages[0];
  return {
    records: pages.flatMap((page) => page.records),
    defaultRegion,
    phones: readings.size > 0 ? { defaultRegion, readings } : null,
  };
}

/**
 * Past this many pages of inactive customers (ten thousand) an import stops reading them up front
 * and leaves the rest to be read by id, with the invoices that name them: a company with far more
 * inactive customers than invoices in the year would otherwise read pages it has no use for.
 */
const INACTIVE_PAGES = 10;

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

  /** Brings customers in; `country` when the caller knows it (an import asks once), else it is asked. */
  async upsert(
    company: QuickBooksCompanyRef,
    customers: QboCustomer[],
    country?: string,
  ): Promise<ContactUpsertOutcome[]> {
    const region = country ?? (await this.countryOf(company));
    return this.upsertPrepared(company, await this.prepare(customers, region));
  }

  /**
   * Maps customers for Contacts and, with `readPhones`, has Contacts read their phone numbers on its
   * thread: an import prepares a page while the one before it is written.
   */
  async prepare(
    customers: QboCustomer[],
    defaultRegion: string,
    { readPhones = false }: { readPhones?: boolean } = {},
  ): Promise<PreparedCustomers> {
    const records = timeStage('mapping', () => customers.map(toQuickBooksCustomerRecord));
    const phones = readPhones
      ? await timeStageAsync(PHONES_READ_AHEAD_STAGE, () =>
          this.queries.execute(new ReadQuickBooksCustomerPhonesQuery(records, defaultRegion)),
        )
      : null;
    return { records, defaultRegion, phones };
  }

  upsertPrepared(
    company: QuickBooksCompanyRef,
    { records, defaultRegion, phones }: PreparedCustomers,
  ): Promise<ContactUpsertOutcome[]> {
    return this.commands.execute(
      new UpsertContactsFromQuickBooksCommand(company.accountId, records, defaultRegion, phones),
    );
  }

  /**
   * The contact of each customer. `known` carries what earlier calls found (an import passes one
   * map for all its pages), so a customer is looked up, or read from QuickBooks, once; `intake`
   * brings in the customers not yet contacts (a dry run previews them).
   */
  async contactsOf(
    company: QuickBooksCompanyRef,
    customerIds: string[],
    known: Map<string, CustomerContact> = new Map(),
    intake: CustomerIntake = (customers) => this.upsert(company, customers),
  ): Promise<Map<string, CustomerContact>> {
    const wanted = [...new Set(customerIds)].filter((id) => !known.has(id));
    if (wanted.length > 0) {
      const linked = await this.queries.execute(new FindContactsByQuickBooksIdsQuery(company.accountId, wanted));
      for (const contact of linked) known.set(contact.quickBooksId, { contactId: contact.contactId });
    }
    const missing = wanted.filter((id) => !known.has(id));
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
      this.remember(known, customers.length > 0 ? await intake(customers) : []);
    }
    for (const id of missing) {
      if (!known.has(id)) known.set(id, { contactId: null, reason: `customer ${id} was not found in QuickBooks` });
    }
    return known;
  }

  /**
   * Brings in the company's inactive customers and remembers what Contacts' rules made of each (a
   * contact kept, or none). QuickBooks leaves them out of a plain query, so an import's contacts
   * phase never sees them; reading them here, in one query of up to a thousand, saves reading them
   * by id a few at a time with almost every page of invoices.
   */
  async rememberInactive(
    company: QuickBooksCompanyRef,
    known: Map<string, CustomerContact>,
    country: string,
  ): Promise<void> {
    let pages = 0;
    const inactive: QuickBooksWhere = [{ field: 'Active', op: '=', value: false }];
    for await (const customers of this.client.queryPages<QboCustomer>(company, 'Customer', inactive)) {
      this.remember(known, await this.upsert(company, customers, country));
      pages += 1;
      if (pages === INACTIVE_PAGES) return;
    }
  }

  /**
   * Keeps what bringing customers in found for each, contact or reason: an import's contacts phase
   * hands its invoices phase every customer, so none is looked up or read from QuickBooks again.
   */
  remember(known: Map<string, CustomerContact>, outcomes: ContactUpsertOutcome[]): void {
    for (const outcome of outcomes) known.set(outcome.quickBooksId, contactOf(outcome));
  }

  /** The account's country: the default region of its customers' phone numbers. */
  async countryOf(company: QuickBooksCompanyRef): Promise<string> {
    const { country } = await this.queries.execute(new GetAccountSettingsQuery(company.accountId));
    return country;
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
