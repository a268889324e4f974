import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { ContactsErrors } from '../contacts.errors';
import type { ContactDetails } from '../domain/contact';
import type { ContactRepository } from '../domain/contact.repository';
import { CONTACT_EMAIL_UNIQUE, CONTACT_MOBILE_UNIQUE } from './contact.schema';

/**
 * Refuses, with 409 and the field, a mobile or email another contact of the account holds. Called
 * before the change is made, so that the lookup does not auto-flush the duplicate itself.
 */
export async function assertDetailsAvailable(
  contacts: ContactRepository,
  { mobile, email }: Partial<Pick<ContactDetails, 'mobile' | 'email'>>,
  exceptId?: string,
): Promise<void> {
  if (mobile && (await contacts.findHolder('mobile', mobile, exceptId))) throw ContactsErrors.duplicate('mobile');
  if (email && (await contacts.findHolder('email', email, exceptId))) throw ContactsErrors.duplicate('email');
}

/** Flushes; a duplicate that slipped past the check (two requests at once) is the same 409. */
export async function flushContacts(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      const message = error.message;
      if (message.includes(CONTACT_MOBILE_UNIQUE)) throw ContactsErrors.duplicate('mobile');
      if (message.includes(CONTACT_EMAIL_UNIQUE)) throw ContactsErrors.duplicate('email');
    }
    throw error;
  }
}
