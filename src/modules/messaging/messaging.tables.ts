import type { TableMappings } from '../../platform/database/mikro-orm.config';
import { ConversationSchema } from './infrastructure/persistence/conversation.schema';
import { DeliveryReceiptSchema } from './infrastructure/persistence/delivery-receipt.schema';
import { InboundPartSchema } from './infrastructure/persistence/inbound-part.schema';
import { MessageSchema } from './infrastructure/persistence/message.schema';
import { SavedTemplateSchema } from './infrastructure/persistence/saved-template.schema';
import { SenderSettingsSchema } from './infrastructure/persistence/sender-settings.schema';
import { SuppressedNumberSchema } from './infrastructure/persistence/suppressed-number.schema';

/** The tables Messaging owns. */
export const MESSAGING_TABLES: TableMappings = [
  MessageSchema,
  ConversationSchema,
  DeliveryReceiptSchema,
  SavedTemplateSchema,
  SuppressedNumberSchema,
  SenderSettingsSchema,
  InboundPartSchema,
];
