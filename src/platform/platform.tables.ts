import { AccountSchema } from './accounts/infrastructure/account.schema';
import { ApiKeySchema } from './accounts/infrastructure/api-key.schema';
import { UserSchema } from './accounts/infrastructure/user.schema';
import type { TableMappings } from './database/mikro-orm.config';
import { InboxMessageSchema } from './inbox/inbox-message.schema';
import { HandledEventSchema } from './outbox/handled-event.schema';
import { OutboxMessageSchema } from './outbox/outbox-message.schema';

/** The platform's own tables: accounts, users and API keys, the outbox and the inbox. */
export const PLATFORM_TABLES: TableMappings = [
  AccountSchema,
  UserSchema,
  ApiKeySchema,
  OutboxMessageSchema,
  HandledEventSchema,
  InboxMessageSchema,
];
