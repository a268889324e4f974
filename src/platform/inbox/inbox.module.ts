import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { workerOnly } from '../queue/role';
import { Inbox } from './inbox';
import { InboxProcessing } from './inbox-processing';
import { InboxSweep } from './inbox-sweep';
import { ProcessWebhookProcessor } from './process-webhook.processor';

@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [Inbox, InboxProcessing, ...workerOnly([InboxSweep, ProcessWebhookProcessor])],
  exports: [Inbox],
})
export class InboxModule {}
