import type { Contact } from './contact';

/**
 * The contacts an import page can touch, indexed by what identifies them: QuickBooks customer id,
 * mobile and email. It follows every change made during the page, so each customer is matched
 * against the state the customers before it left.
 */
export class ContactDirectory {
  private readonly byQuickBooksId = new Map<string, Contact>();
  private readonly byMobile = new Map<string, Contact>();
  private readonly byEmail = new Map<string, Contact>();

  constructor(contacts: Iterable<Contact> = []) {
    for (const contact of contacts) this.index(contact);
  }

  linkedTo(quickBooksId: string): Contact | undefined {
    return this.byQuickBooksId.get(quickBooksId);
  }

  holdingMobile(mobile: string): Contact | undefined {
    return this.byMobile.get(mobile);
  }

  holdingEmail(email: string): Contact | undefined {
    return this.byEmail.get(email);
  }

  add(contact: Contact): void {
    this.index(contact);
  }

  /** Runs a change of the contact and re-indexes it under its new keys. */
  change<T>(contact: Contact, mutate: () => T): T {
    this.unindex(contact);
    const result = mutate();
    this.index(contact);
    return result;
  }

  private index(contact: Contact): void {
    if (contact.quickBooksCustomerId) this.byQuickBooksId.set(contact.quickBooksCustomerId, contact);
    if (contact.mobile) this.byMobile.set(contact.mobile, contact);
    if (contact.email) this.byEmail.set(contact.email, contact);
  }

  private unindex(contact: Contact): void {
    const entries: [Map<string, Contact>, string | null][] = [
      [this.byQuickBooksId, contact.quickBooksCustomerId],
      [this.byMobile, contact.mobile],
      [this.byEmail, contact.email],
    ];
    for (const [map, key] of entries) {
      if (key !== null && map.get(key) === contact) map.delete(key);
    }
  }
}
