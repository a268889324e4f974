import type { Contact } from './contact';

export interface ImportLookupKeys {
  quickBooksIds: string[];
  mobiles: string[];
  emails: string[];
}

/** The account's contacts (the account is the caller's: implementations are tenant-scoped). */
export interface ContactRepository {
  findById(id: string): Promise<Contact | null>;
  /** The contact other than `exceptId` holding this mobile or email, if any. */
  findHolder(field: 'mobile' | 'email', value: string, exceptId?: string): Promise<Contact | null>;
  /**
   * In one query, every contact linked to one of the ids or holding one of the mobiles or emails.
   * Their changes are not saved unless given to `updateAll`.
   */
  findForImport(keys: ImportLookupKeys): Promise<Contact[]>;
  add(contacts: Contact[]): void;
  /** Writes new contacts at once, in multi-row inserts (for imports). */
  insertAll(contacts: Contact[]): Promise<void>;
  /** Saves contacts found by `findForImport`, at once (for imports). */
  updateAll(contacts: Contact[]): Promise<void>;
  remove(contact: Contact): void;
}
