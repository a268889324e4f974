import type { TableMappings } from '../../platform/database/mikro-orm.config';
import { AppliedPaymentSchema } from './infrastructure/applied-payment.schema';
import { InvoiceSchema } from './infrastructure/invoice.schema';

/** The tables Invoicing owns. */
export const INVOICING_TABLES: TableMappings = [InvoiceSchema, AppliedPaymentSchema];
