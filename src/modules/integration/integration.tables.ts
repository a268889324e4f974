import type { TableMappings } from '../../platform/database/mikro-orm.config';
import { OAuthStateSchema } from './infrastructure/persistence/oauth-state.schema';
import { QuickBooksChangeNoticeSchema } from './infrastructure/persistence/quickbooks-change-notice.schema';
import { QuickBooksConnectionSchema } from './infrastructure/persistence/quickbooks-connection.schema';
import { QuickBooksImportPageSchema } from './infrastructure/persistence/quickbooks-import-pages';
import { QuickBooksImportSchema } from './infrastructure/persistence/quickbooks-import.schema';
import { QuickBooksPaymentWriteSchema } from './infrastructure/persistence/quickbooks-payment-write.schema';
import { QuickBooksSentMarkSchema } from './infrastructure/persistence/quickbooks-sent-mark.schema';

/** The tables Integration owns. */
export const INTEGRATION_TABLES: TableMappings = [
  QuickBooksConnectionSchema,
  OAuthStateSchema,
  QuickBooksChangeNoticeSchema,
  QuickBooksImportSchema,
  QuickBooksImportPageSchema,
  QuickBooksSentMarkSchema,
  QuickBooksPaymentWriteSchema,
];
