import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { registerQueues } from '../queue/queue-registration';
import { workerOnly } from '../queue/role';
import { Inbox } from './inbox';
import { INBOX_QUEUE } from './inbox.jobs';
import { InboxProcessing } from './inbox-processing';
import { ProcessWebhookProcessor } from './process-webhook.processor';

@Global()
@Module({
  imports: [DiscoveryModule, registerQueues(INBOX_QUEUE)],
  providers: [Inbox, InboxProcessing, ...workerOnly([ProcessWebhookProcessor])],
  exports: [Inbox],
})
export class InboxModule {}
