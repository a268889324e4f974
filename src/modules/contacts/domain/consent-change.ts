import { newId } from '../../../../libs/ids';
import type { ConsentChangeKind, ConsentChannel } from '../contracts/consent';

/** One line of a contact's consent ledger: kept for good, never changed. */
export class ConsentChange {
  id!: string;
  accountId!: string;
  contactId!: string;
  change!: ConsentChangeKind;
  how!: ConsentChannel;
  messageId!: string | null;
  text!: string | null;
  userId!: string | null;
  at!: Date;

  static record(
    accountId: string,
    contactId: string,
    change: ConsentChangeKind,
    source: { how: ConsentChannel; messageId?: string; text?: string; userId?: string; at: Date },
  ): ConsentChange {
    const entry = new ConsentChange();
    entry.id = newId(source.at.getTime());
    entry.accountId = accountId;
    entry.contactId = contactId;
    entry.change = change;
    entry.how = source.how;
    entry.messageId = source.messageId ?? null;
    entry.text = source.text ?? null;
    entry.userId = source.userId ?? null;
    entry.at = source.at;
    return entry;
  }
}
