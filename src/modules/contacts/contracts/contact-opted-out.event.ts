import { DomainEvent } from '../../../platform/outbox/domain-event';

/** The contact asked not to be texted any more (set in Settle); messages to it must stop. */
export class ContactOptedOutEvent extends DomainEvent {
  static readonly eventName = 'contacts.contact-opted-out.v1';

  constructor(
    accountId: string,
    readonly contactId: string,
  ) {
    super(accountId);
  }
}
