import type { TableMappings } from '../../platform/database/mikro-orm.config';
import { ConsentChangeSchema } from './infrastructure/consent-change.schema';
import { ContactSchema } from './infrastructure/contact.schema';

/** The tables Contacts owns. */
export const CONTACTS_TABLES: TableMappings = [ContactSchema, ConsentChangeSchema];
