import { ImportOutcomeSchema } from './modules/invoicing/infrastructure/import-outcome.schema';
import { InvoiceSchema } from './modules/invoicing/infrastructure/invoice.schema';
import { ContactImportOutcomeSchema } from './modules/contacts/infrastructure/contact-import-outcome.schema';
import { ContactSchema } from './modules/contacts/infrastructure/contact.schema';
import { OAuthStateSchema } from './modules/integration/infrastructure/persistence/oauth-state.schema';
import { QuickBooksChangeNoticeSchema } from './modules/integration/infrastructure/persistence/quickbooks-change-notice.schema';
import { QuickBooksConnectionSchema } from './modules/integration/infrastructure/persistence/quickbooks-connection.schema';
import { QuickBooksImportPageSchema } from './modules/integration/infrastructure/persistence/quickbooks-import-pages';
import { QuickBooksImportSchema } from './modules/integration/infrastructure/persistence/quickbooks-import.schema';
import { AccountSchema } from './platform/accounts/infrastructure/account.schema';
import { ApiKeySchema } from './platform/accounts/infrastructure/api-key.schema';
import { UserSchema } from './platform/accounts/infrastructure/user.schema';
import { InboxMessageSchema } from './platform/inbox/inbox-message.schema';
import { HandledEventSchema } from './platform/outbox/handled-event.schema';
import { OutboxMessageSchema } from './platform/outbox/outbox-message.schema';

/** Every table mapping, listed at the composition root like the modules in app.module.ts. */
export const SCHEMAS = [
  AccountSchema,
  UserSchema,
  ApiKeySchema,
  OutboxMessageSchema,
  HandledEventSchema,
  InboxMessageSchema,
  ContactSchema,
  ContactImportOutcomeSchema,
  InvoiceSchema,
  ImportOutcomeSchema,
  QuickBooksConnectionSchema,
  OAuthStateSchema,
  QuickBooksChangeNoticeSchema,
  QuickBooksImportSchema,
  QuickBooksImportPageSchema,
];
