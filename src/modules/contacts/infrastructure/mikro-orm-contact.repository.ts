import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { bulkInsert } from '../../../platform/database/bulk-insert';
import { bulkUpdate } from '../../../platform/database/bulk-update';
import { findAllByKey } from '../../../platform/database/find-each-by-key';
import { Contact } from '../domain/contact';
import type { ContactRepository, ImportLookupKeys } from '../domain/contact.repository';

/** Contacts through a tenant-scoped EntityManager: the tenant filter adds the account to every query. */
export class MikroOrmContactRepository implements ContactRepository {
  constructor(private readonly em: EntityManager) {}

  findById(id: string): Promise<Contact | null> {
    return this.em.findOne(Contact, { id });
  }

  findHolder(field: 'mobile' | 'email', value: string, exceptId?: string): Promise<Contact | null> {
    const where: FilterQuery<Contact> = { [field]: value };
    return this.em.findOne(Contact, exceptId ? { $and: [where, { id: { $ne: exceptId } }] } : where);
  }

  findForImport({ quickBooksIds, mobiles, emails }: ImportLookupKeys): Promise<Contact[]> {
    return findAllByKey(
      this.em,
      Contact,
      { quickBooksCustomerId: quickBooksIds, mobile: mobiles, email: emails },
      { detached: true },
    );
  }

  add(contacts: Contact[]): void {
    this.em.persist(contacts);
  }

  async insertAll(contacts: Contact[]): Promise<void> {
    await bulkInsert(this.em, Contact, contacts);
  }

  async updateAll(contacts: Contact[]): Promise<void> {
    await bulkUpdate(this.em, Contact, contacts);
  }

  remove(contact: Contact): void {
    this.em.remove(contact);
  }
}
