import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { bulkInsert } from '../../../platform/database/bulk-insert';
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

  async findForImport({ quickBooksIds, mobiles, emails }: ImportLookupKeys): Promise<Contact[]> {
    const or: FilterQuery<Contact>[] = [];
    if (quickBooksIds.length > 0) or.push({ quickBooksCustomerId: { $in: quickBooksIds } });
    if (mobiles.length > 0) or.push({ mobile: { $in: mobiles } });
    if (emails.length > 0) or.push({ email: { $in: emails } });
    if (or.length === 0) return [];
    return this.em.find(Contact, { $or: or });
  }

  add(contacts: Contact[]): void {
    this.em.persist(contacts);
  }

  async insertAll(contacts: Contact[]): Promise<void> {
    await bulkInsert(this.em, Contact, contacts);
  }

  remove(contact: Contact): void {
    this.em.remove(contact);
  }
}
