import { Command } from '@nestjs/cqrs';
import type { ConsentChangeKind, ConsentChannel } from './consent';

export interface ConsentChangeSource {
  how: ConsentChannel;
  /** The text that asked for it (Messaging's message id), when it came by text. */
  messageId?: string;
  /** What that text said. */
  text?: string;
  /** The acting user, when a user changed it. */
  userId?: string;
  at: Date;
}

/** Whether the contact's consent changed (false when it already was as asked) and where it stands. */
export interface ConsentChangeResult {
  changed: boolean;
  optedOut: boolean;
}

/**
 * Opts a contact out of texts or back in, and records the change in the consent ledger (when, how,
 * from which text) in the same transaction; a change to what already holds records nothing. Joins
 * the caller's transaction when there is one. An unknown contact is CONTACTS.CONTACT_NOT_FOUND.
 */
export class ChangeContactConsentCommand extends Command<ConsentChangeResult> {
  constructor(
    readonly accountId: string,
    readonly contactId: string,
    readonly change: ConsentChangeKind,
    readonly source: ConsentChangeSource,
  ) {
    super();
  }
}
