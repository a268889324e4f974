import type { EntityManager } from '@mikro-orm/postgresql';
import type { ConsentChangeSource } from '../contracts/change-contact-consent.command';
import type { ConsentChangeKind } from '../contracts/consent';
import type { Contact } from '../domain/contact';
import { ConsentChange } from '../domain/consent-change';

/**
 * Changes a contact's consent and writes the ledger line in the same unit of work, so no change of
 * consent goes unrecorded whichever path made it. Says whether anything changed.
 */
export function changeConsent(
  em: EntityManager,
  contact: Contact,
  change: ConsentChangeKind,
  source: ConsentChangeSource,
): boolean {
  if (!contact.changeConsent(change, source.at)) return false;
  em.persist(ConsentChange.record(contact.accountId, contact.id, change, source));
  return true;
}
