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
];
