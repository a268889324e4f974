import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
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

/**
 * Runs a contact write; a duplicate that slipped past the check is the same 409. The uniques are
 * deferred, so the violation comes from the commit, raw from the driver rather than converted.
 */
export async function refusingDuplicates<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      if (error.message.includes(CONTACT_MOBILE_UNIQUE)) throw ContactsErrors.duplicate('mobile');
      if (error.message.includes(CONTACT_EMAIL_UNIQUE)) throw ContactsErrors.duplicate('email');
    }
    throw error;
  }
}

function isUniqueViolation(error: unknown): error is Error {
  if (error instanceof UniqueConstraintViolationException) return true;
  return error instanceof Error && 'code' in error && error.code === '23505';
}
