import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { workerOnly } from '../queue/role';
import { DispatchEventProcessor } from './dispatch-event.processor';
import { EventDispatcher } from './event-dispatcher';
import { EventHandlerRegistry } from './event-handler.registry';
import { Outbox } from './outbox';
import { OutboxRelay } from './outbox-relay';

@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [Outbox, EventHandlerRegistry, EventDispatcher, ...workerOnly([OutboxRelay, DispatchEventProcessor])],
  exports: [Outbox],
})
export class OutboxModule {}
