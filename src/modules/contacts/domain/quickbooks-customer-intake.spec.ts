import { aCustomer, editedInQuickBooks, ukMobile, ukMobileE164 } from '../testing/quickbooks-customers.mother';
import { Contact } from './contact';
import { ContactDirectory } from './contact-directory';
import { importQuickBooksCustomers, INACTIVE_REASON } from './quickbooks-customer-intake';
import type { QuickBooksCustomerRecord } from '../contracts/quickbooks-customer.record';

const ACCOUNT = 'acc';

function run(directory: ContactDirectory, customers: QuickBooksCustomerRecord[]) {
  return importQuickBooksCustomers(directory, { accountId: ACCOUNT, customers, defaultRegion: 'GB' });
}

function manualContact(overrides: Partial<{ mobile: string | null; email: string | null }>): Contact {
  return Contact.create(ACCOUNT, {
    firstName: 'Manual',
    lastName: 'Contact',
    businessName: null,
    email: null,
    mobile: null,
    otherPhone: null,
    billingAddress: null,
    ...overrides,
  });
}

describe('importing QuickBooks customers', () => {
  it('imports 100 customers of which three share a mobile as 98, naming the two dropped', () => {
    const customers = Array.from({ length: 100 }, (_, i) => aCustomer(i + 1));
    customers[40] = aCustomer(41, { mobile: ukMobile(10) });
    customers[70] = aCustomer(71, { mobile: '+44 7400 000010' });
    const directory = new ContactDirectory();

    const { outcomes, created } = run(directory, customers);

    expect(created).toHaveLength(98);
    const skipped = outcomes.filter((outcome) => outcome.result === 'skipped');
    expect(skipped.map((outcome) => [outcome.quickBooksId, outcome.displayName])).toEqual([
      ['41', 'Customer 41'],
      ['71', 'Customer 71'],
    ]);
    expect(skipped[0].reasons).toEqual([
      `mobile ${ukMobileE164(10)} is already held by the contact of QuickBooks customer 10 (Sam Patel10)`,
    ]);
  });

  it('changes nothing when the same customers are imported again', () => {
    const customers = Array.from({ length: 10 }, (_, i) => aCustomer(i + 1));
    const directory = new ContactDirectory();
    const first = run(directory, customers);

    const second = run(directory, customers);

    expect(second.created).toEqual([]);
    expect(second.outcomes.map((outcome) => outcome.result)).toEqual(Array(10).fill('unchanged'));
    expect(second.outcomes.map((outcome) => outcome.contactId)).toEqual(first.outcomes.map((o) => o.contactId));
  });

  it('applies a newer version of a customer and ignores a stale one', () => {
    const customer = aCustomer(1);
    const directory = new ContactDirectory();
    const [contact] = run(directory, [customer]).created;
    const newer = editedInQuickBooks(customer, { givenName: 'Samira', email: 'samira@example.com' });

    expect(run(directory, [newer]).outcomes[0]).toMatchObject({ result: 'updated', contactId: contact.id });
    expect(contact).toMatchObject({ firstName: 'Samira', email: 'samira@example.com', quickBooksSyncToken: '1' });

    const stale = run(directory, [{ ...customer, givenName: 'Old' }]).outcomes[0];
    expect(stale.result).toBe('unchanged');
    expect(stale.reasons[0]).toMatch(/^stale update ignored: SyncToken 0/);
    expect(contact.firstName).toBe('Samira');
  });

  it('lists each contact it found and moved to a newer version once, whether its details changed or not, and no new one', () => {
    const customer = aCustomer(1);
    const directory = new ContactDirectory();
    const [contact] = run(directory, [customer]).created;
    const sameDetails = editedInQuickBooks(customer, {});
    const renamed = editedInQuickBooks(sameDetails, { givenName: 'Samira' });

    const { outcomes, created, applied } = run(directory, [sameDetails, renamed, aCustomer(2), customer]);

    expect(outcomes.map((o) => o.result)).toEqual(['unchanged', 'updated', 'created', 'unchanged']);
    expect(applied).toEqual([contact]);
    expect(created.map((o) => o.quickBooksCustomerId)).toEqual(['2']);
    expect(run(directory, [editedInQuickBooks(aCustomer(2), { givenName: 'Two' })]).applied).toEqual(created);
  });

  it('matches an unlinked contact by mobile, else by email, links it and overwrites its details', () => {
    const byMobile = manualContact({ mobile: ukMobileE164(1), email: 'old@example.com' });
    const byEmail = manualContact({ email: 'customer2@example.com' });
    const directory = new ContactDirectory([byMobile, byEmail]);

    const { outcomes, created, applied } = run(directory, [aCustomer(1), aCustomer(2)]);

    expect(created).toEqual([]);
    expect(applied).toEqual([byMobile, byEmail]);
    expect(outcomes.map((o) => [o.result, o.contactId])).toEqual([
      ['updated', byMobile.id],
      ['updated', byEmail.id],
    ]);
    expect(byMobile).toMatchObject({ quickBooksCustomerId: '1', email: 'customer1@example.com', firstName: 'Sam' });
    expect(byEmail).toMatchObject({ quickBooksCustomerId: '2', mobile: ukMobileE164(2), source: 'quickbooks' });
  });

  it('skips a customer whose mobile and email match two different contacts', () => {
    const a = manualContact({ mobile: ukMobileE164(1) });
    const b = manualContact({ email: 'customer1@example.com' });
    const { outcomes } = run(new ContactDirectory([a, b]), [aCustomer(1)]);
    expect(outcomes[0].result).toBe('skipped');
    expect(outcomes[0].reasons[0]).toMatch(/^mobile and email match two different contacts/);
    expect(a.quickBooksCustomerId).toBeNull();
  });

  it("skips a customer whose email is held by another customer's contact", () => {
    const { outcomes } = run(new ContactDirectory(), [aCustomer(1), aCustomer(2, { email: 'Customer1@example.com' })]);
    expect(outcomes[1]).toMatchObject({
      result: 'skipped',
      reasons: ['email customer1@example.com is already held by the contact of QuickBooks customer 1 (Sam Patel1)'],
    });
  });

  it("skips an update that would take another contact's mobile, keeping the contact as it was", () => {
    const directory = new ContactDirectory();
    const [first] = run(directory, [aCustomer(1), aCustomer(2)]).created;
    const moved = editedInQuickBooks(aCustomer(1), { mobile: ukMobile(2), givenName: 'Changed' });
    expect(run(directory, [moved]).outcomes[0].result).toBe('skipped');
    expect(first).toMatchObject({ mobile: ukMobileE164(1), firstName: 'Sam' });
  });

  it('lets a number move from one customer to another within a page, in order', () => {
    const directory = new ContactDirectory();
    const [first] = run(directory, [aCustomer(1)]).created;
    const released = editedInQuickBooks(aCustomer(1), { mobile: ukMobile(99) });
    const { outcomes } = run(directory, [released, aCustomer(2, { mobile: ukMobile(1) })]);
    expect(outcomes.map((o) => o.result)).toEqual(['updated', 'created']);
    expect(first.mobile).toBe(ukMobileE164(99));
  });

  it('does not import inactive customers, but keeps the contact of one made inactive', () => {
    const directory = new ContactDirectory();
    const [contact] = run(directory, [aCustomer(1)]).created;
    const { outcomes, created } = run(directory, [
      aCustomer(2, { active: false }),
      editedInQuickBooks(aCustomer(1), { active: false, displayName: 'Customer 1 (deleted)' }),
    ]);
    expect(created).toEqual([]);
    expect(outcomes[0]).toMatchObject({ result: 'skipped', reasons: [INACTIVE_REASON] });
    expect(outcomes[1]).toMatchObject({ result: 'unchanged', contactId: contact.id });
  });

  it('imports bad data as far as it is valid and reports it, without throwing', () => {
    const long = 'y'.repeat(2000);
    const customers = [
      aCustomer(1, { givenName: null, familyName: null, displayName: null, email: 'a; b; c', mobile: '12345' }),
      aCustomer(2, { givenName: long, familyName: '🙂', companyName: 'Ünïcødé 株式会社', email: long }),
      aCustomer(3, { givenName: null, familyName: null, companyName: null, displayName: 'Zoë 🐝 Ltd' }),
    ];
    const { outcomes, created } = run(new ContactDirectory(), customers);
    expect(outcomes.map((o) => o.result)).toEqual(['created', 'created', 'created']);
    expect(created[0]).toMatchObject({ firstName: 'QuickBooks customer 1', otherPhone: '12345', mobile: null });
    expect(outcomes[0].reasons).toEqual([
      'Mobile "12345" is not a valid phone number; kept as text',
      'email "a; b; c" is not a valid address; not imported',
      'no name in QuickBooks; customer id used',
    ]);
    expect(created[1]).toMatchObject({ lastName: '🙂', businessName: 'Ünïcødé 株式会社', email: null });
    expect(created[2].firstName).toBe('Zoë 🐝 Ltd');
  });
});
