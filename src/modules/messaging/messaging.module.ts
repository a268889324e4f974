import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { registerQueues } from '../../platform/queue/queue-registration';
import { workerOnly } from '../../platform/queue/role';
import { SMS_GATEWAY } from './domain/sms-gateway';
import { BusinessNames } from './infrastructure/business-names';
import { InboundRouter } from './infrastructure/inbound-router';
import { messagingConfig } from './infrastructure/messaging.config';
import { MESSAGING_QUEUE } from './infrastructure/messaging.jobs';
import { TemplateBodies } from './infrastructure/persistence/template-bodies';
import { Senders } from './infrastructure/senders';
import { VonageSmsGateway } from './infrastructure/vonage/vonage-sms.gateway';
import { VonageThroughput } from './infrastructure/vonage/vonage-throughput';
import { ChangeMessagingSettingsHandler } from './use-cases/change-messaging-settings/change-messaging-settings.handler';
import { ChangeMessagingSettingsHttpController } from './use-cases/change-messaging-settings/change-messaging-settings.http.controller';
import { CreateMessageTemplateHandler } from './use-cases/create-message-template/create-message-template.handler';
import { CreateMessageTemplateHttpController } from './use-cases/create-message-template/create-message-template.http.controller';
import { DeleteMessageTemplateHandler } from './use-cases/delete-message-template/delete-message-template.handler';
import { DeleteMessageTemplateHttpController } from './use-cases/delete-message-template/delete-message-template.http.controller';
import { GetConversationHandler } from './use-cases/get-conversation/get-conversation.handler';
import { GetConversationHttpController } from './use-cases/get-conversation/get-conversation.http.controller';
import { GetMessageTemplateHandler } from './use-cases/get-message-template/get-message-template.handler';
import { GetMessageTemplateHttpController } from './use-cases/get-message-template/get-message-template.http.controller';
import { GetMessagingSettingsHandler } from './use-cases/get-messaging-settings/get-messaging-settings.handler';
import { GetMessagingSettingsHttpController } from './use-cases/get-messaging-settings/get-messaging-settings.http.controller';
import { ListConversationsHandler } from './use-cases/list-conversations/list-conversations.handler';
import { ListConversationsHttpController } from './use-cases/list-conversations/list-conversations.http.controller';
import { ListMessageTemplatesHandler } from './use-cases/list-message-templates/list-message-templates.handler';
import { ListMessageTemplatesHttpController } from './use-cases/list-message-templates/list-message-templates.http.controller';
import { InboundTextWebhookHandler } from './use-cases/receive-inbound-text/inbound-text.webhook-handler';
import { ReceiveVonageWebhookHandler } from './use-cases/receive-vonage-webhook/receive-vonage-webhook.handler';
import { ReceiveVonageWebhookHttpController } from './use-cases/receive-vonage-webhook/receive-vonage-webhook.http.controller';
import { DeliveryReceiptWebhookHandler } from './use-cases/record-delivery-receipt/delivery-receipt.webhook-handler';
import { UpdateMessageTemplateHandler } from './use-cases/update-message-template/update-message-template.handler';
import { UpdateMessageTemplateHttpController } from './use-cases/update-message-template/update-message-template.http.controller';
import { FindQueuedTextHandler } from './use-cases/find-queued-text/find-queued-text.handler';
import { RenderMessageHandler } from './use-cases/render-message/render-message.handler';
import { SendFreeTextHttpController } from './use-cases/send-free-text/send-free-text.http.controller';
import { OutgoingTexts } from './use-cases/send-text/outgoing-texts';
import { SendSmsProcessor } from './use-cases/send-text/send-sms.processor';
import { SendTextHandler } from './use-cases/send-text/send-text.handler';

const handlers = [
  SendTextHandler,
  FindQueuedTextHandler,
  RenderMessageHandler,
  ReceiveVonageWebhookHandler,
  ListConversationsHandler,
  GetConversationHandler,
  ListMessageTemplatesHandler,
  CreateMessageTemplateHandler,
  GetMessageTemplateHandler,
  UpdateMessageTemplateHandler,
  DeleteMessageTemplateHandler,
  GetMessagingSettingsHandler,
  ChangeMessagingSettingsHandler,
];

/**
 * Messaging: conversations with contacts, texts sent through Vonage (at most once each, within its
 * throughput), delivery receipts, replies and the keywords STOP, START and HELP, and templates.
 */
@Module({
  imports: [ConfigModule.forFeature(messagingConfig), registerQueues(MESSAGING_QUEUE)],
  controllers: [
    ReceiveVonageWebhookHttpController,
    ListConversationsHttpController,
    GetConversationHttpController,
    SendFreeTextHttpController,
    ListMessageTemplatesHttpController,
    CreateMessageTemplateHttpController,
    GetMessageTemplateHttpController,
    UpdateMessageTemplateHttpController,
    DeleteMessageTemplateHttpController,
    GetMessagingSettingsHttpController,
    ChangeMessagingSettingsHttpController,
  ],
  providers: [
    ...handlers,
    Senders,
    TemplateBodies,
    OutgoingTexts,
    InboundRouter,
    BusinessNames,
    DeliveryReceiptWebhookHandler,
    InboundTextWebhookHandler,
    VonageThroughput,
    VonageSmsGateway,
    { provide: SMS_GATEWAY, useExisting: VonageSmsGateway },
    ...workerOnly([SendSmsProcessor]),
  ],
})
export class MessagingModule {}
