import { AppError } from '../../../platform/errors/app-error';
import { ContactOptedOutEvent } from '../contracts/contact-opted-out.event';
import { Contact, type ContactDetails } from './contact';

const details: ContactDetails = {
  firstName: 'Sam',
  lastName: 'Patel',
  businessName: null,
  email: 'sam@example.com',
  mobile: '+447400123456',
  otherPhone: null,
  billingAddress: null,
};
const version = (syncToken: string, at: string) => ({ syncToken, updatedAt: new Date(at) });

describe('Contact', () => {
  it('needs a first name, a last name or a business name', () => {
    expect(() => Contact.create('acc', { ...details, firstName: null, lastName: null })).toThrow(AppError);
    expect(
      Contact.create('acc', { ...details, firstName: null, lastName: null, businessName: 'Acme' }).displayName(),
    ).toBe('Acme');
    const contact = Contact.create('acc', details);
    expect(() => contact.edit({ firstName: null, lastName: null })).toThrow('needs a first name');
  });

  it('can receive texts with a mobile and no opt-out', () => {
    const contact = Contact.create('acc', details);
    expect(contact.canReceiveTexts()).toBe(true);
    contact.optOut();
    expect(contact.canReceiveTexts()).toBe(false);
    contact.optIn();
    expect(Contact.create('acc', { ...details, mobile: null }).canReceiveTexts()).toBe(false);
  });

  it('records ContactOptedOut once when it opts out', () => {
    const contact = Contact.create('acc', details);
    contact.optOut();
    contact.optOut();
    const events = contact.pullEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(ContactOptedOutEvent);
    expect(events[0]).toMatchObject({ accountId: 'acc', contactId: contact.id });
    expect(contact.pullEvents()).toEqual([]);
  });

  it('compares QuickBooks versions by SyncToken, then by LastUpdatedTime', () => {
    const contact = Contact.fromQuickBooks('acc', '1', details, version('3', '2026-01-10T09:00:00Z'));
    expect(contact.compareVersion(version('4', '2026-01-09T09:00:00Z'))).toBe('newer');
    expect(contact.compareVersion(version('2', '2026-01-11T09:00:00Z'))).toBe('older');
    expect(contact.compareVersion(version('3', '2026-01-10T09:00:00Z'))).toBe('same');
    expect(contact.compareVersion(version('3', '2026-01-10T09:00:01Z'))).toBe('newer');
    expect(Contact.create('acc', details).compareVersion(version('0', '2020-01-01T00:00:00Z'))).toBe('newer');
  });

  it('takes QuickBooks details over its own and links to the customer', () => {
    const contact = Contact.create('acc', details);
    contact.edit({ firstName: 'Samuel' });
    const changed = contact.applyQuickBooks('58', details, version('1', '2026-01-10T09:00:00Z'));
    expect(changed).toBe(true);
    expect(contact).toMatchObject({ firstName: 'Sam', source: 'quickbooks', quickBooksCustomerId: '58' });
    expect(contact.applyQuickBooks('58', details, version('2', '2026-01-11T09:00:00Z'))).toBe(false);
    expect(contact.quickBooksSyncToken).toBe('2');
  });
});
