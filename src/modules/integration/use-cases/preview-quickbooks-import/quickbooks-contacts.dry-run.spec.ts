import type { QueryBus } from '@nestjs/cqrs';
import type { QboCustomer } from '../../../../../libs/quickbooks/qbo-types';
import type {
  ContactUpsertOutcome,
  PreviewContactsFromQuickBooksQuery,
  QuickBooksCustomerRecord,
} from '../../../contacts/contracts';
import { toQuickBooksCustomerRecord } from '../../infrastructure/mapping';
import { QuickBooksContactsDryRun } from './quickbooks-contacts.dry-run';

interface FakeContact {
  id: string;
  quickBooksId: string | null;
  mobile: string | null;
  email: string | null;
}

/**
 * Contacts' import rules in miniature (link by QuickBooks id, else match by mobile then email; a
 * key held by another customer's contact skips; QuickBooks' details replace the contact's), over a
 * few stored contacts, previewing as PreviewContactsFromQuickBooksQuery does: earlier customers
 * first, in memory, then the page.
 */
class FakeContacts {
  readonly sent: number[] = [];
  private ids = 0;

  constructor(private readonly stored: FakeContact[]) {}

  readonly bus = {
    execute: (query: PreviewContactsFromQuickBooksQuery) => {
      this.sent.push(query.earlier.length);
      return Promise.resolve(this.preview(query.earlier, query.customers));
    },
  } as unknown as QueryBus;

  preview(earlier: QuickBooksCustomerRecord[], page: QuickBooksCustomerRecord[]): ContactUpsertOutcome[] {
    const contacts = this.stored.map((contact) => ({ ...contact }));
    return [...earlier, ...page].map((record) => this.apply(contacts, record)).slice(earlier.length);
  }

  private apply(contacts: FakeContact[], record: QuickBooksCustomerRecord): ContactUpsertOutcome {
    const outcome = (result: ContactUpsertOutcome['result'], contact: FakeContact | null, reasons: string[] = []) => ({
      quickBooksId: record.quickBooksId,
      displayName: record.displayName,
      result,
      contactId: contact?.id ?? null,
      reasons,
    });
    const mobile = record.mobile?.replace(/\s/g, '') ?? null;
    const email = record.email?.toLowerCase() ?? null;
    const linked = contacts.find((contact) => contact.quickBooksId === record.quickBooksId);
    const byMobile = mobile ? contacts.find((contact) => contact.mobile === mobile) : undefined;
    const byEmail = email ? contacts.find((contact) => contact.email === email) : undefined;
    const holders = [byMobile, byEmail].filter((contact) => contact !== undefined && contact !== linked);
    if (holders.some((holder) => linked || holder?.quickBooksId)) return outcome('skipped', null, ['key held']);
    if (byMobile && byEmail && byMobile !== byEmail) return outcome('skipped', null, ['two contacts']);
    const target = linked ?? byMobile ?? byEmail;
    if (target) {
      const changed = target.mobile !== mobile || target.email !== email || target.quickBooksId !== record.quickBooksId;
      Object.assign(target, { quickBooksId: record.quickBooksId, mobile, email });
      return outcome(changed ? 'updated' : 'unchanged', target);
    }
    const created = { id: `new-${(this.ids += 1)}`, quickBooksId: record.quickBooksId, mobile, email };
    contacts.push(created);
    return outcome('created', created);
  }
}

const company = { connectionId: 'c', accountId: 'a', realmId: '1' };

function customer(id: number, mobile: string | null, email: string | null): QboCustomer {
  return {
    Id: String(id),
    SyncToken: '0',
    MetaData: { CreateTime: '2026-01-01T00:00:00Z', LastUpdatedTime: '2026-01-01T00:00:00Z' },
    DisplayName: `Customer ${id}`,
    ...(mobile ? { Mobile: { FreeFormNumber: mobile } } : {}),
    ...(email ? { PrimaryEmailAddr: { Address: email } } : {}),
  } as QboCustomer;
}

/** Previews the pages one by one, and checks each page against the reference: every earlier customer sent. */
async function expectSameAsSendingEverything(contacts: FakeContacts, pages: QboCustomer[][]): Promise<void> {
  const dryRun = new QuickBooksContactsDryRun(contacts.bus, company, 'GB');
  const earlier: QuickBooksCustomerRecord[] = [];
  const seen = (outcomes: ContactUpsertOutcome[]) => outcomes.map(({ result, reasons }) => ({ result, reasons }));
  for (const page of pages) {
    const records = page.map(toQuickBooksCustomerRecord);
    const reference = contacts.preview(earlier, records);
    expect(seen(await dryRun.preview(page))).toEqual(seen(reference));
    records.forEach((record, index) => {
      if (reference[index].result === 'created' || reference[index].result === 'updated') earlier.push(record);
    });
  }
}

describe('QuickBooksContactsDryRun', () => {
  it('sends each page only the earlier customers it can meet, however many pages came before', async () => {
    const contacts = new FakeContacts([]);
    const dryRun = new QuickBooksContactsDryRun(contacts.bus, company, 'GB');
    for (let page = 0; page < 20; page += 1) {
      const customers = Array.from({ length: 50 }, (_, n) =>
        customer(page * 100 + n, `07700 9${String(page * 100 + n).padStart(5, '0')}`, `c${page * 100 + n}@x.example`),
      );
      // One customer per page shares the first page's first customer's email.
      customers.push(customer(page * 100 + 99, null, 'c0@x.example'));
      await dryRun.preview(customers);
    }
    expect(contacts.sent[0]).toBe(0);
    expect(Math.max(...contacts.sent.slice(1))).toBe(1);
  });

  it('previews what sending every earlier customer would, through collisions, updates and stored contacts', async () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    const mobile = () => (random(3) === 0 ? null : `07700 90000${random(10)}`);
    const email = () => (random(3) === 0 ? null : `p${random(12)}@x.example`);
    const stored: FakeContact[] = Array.from({ length: 6 }, (_, n) => ({
      id: `stored-${n}`,
      quickBooksId: n % 2 ? String(1000 + n) : null,
      mobile: `+4477009000${n}`,
      email: `p${n + 6}@x.example`,
    }));
    const pages = Array.from({ length: 12 }, (_, page) =>
      Array.from({ length: 5 }, (_, n) =>
        customer(page % 3 === 2 ? 1000 + random(6) : page * 10 + n, mobile(), email()),
      ),
    );
    await expectSameAsSendingEverything(new FakeContacts(stored), pages);
  });
});
