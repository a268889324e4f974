import type { ContactForTexting } from '../contracts/contact-for-texting';
import type { Contact } from '../domain/contact';

export function contactForTexting(contact: Contact): ContactForTexting {
  return {
    contactId: contact.id,
    name: contact.displayName(),
    firstName: contact.firstName,
    mobile: contact.mobile,
    optedOut: contact.optedOut,
  };
}
