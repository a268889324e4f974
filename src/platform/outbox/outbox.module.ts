import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { registerQueues } from '../queue/queue-registration';
import { workerOnly } from '../queue/role';
import { DispatchEventProcessor } from './dispatch-event.processor';
import { EventDispatcher } from './event-dispatcher';
import { EventHandlerRegistry } from './event-handler.registry';
import { Outbox } from './outbox';
import { EVENTS_QUEUE } from './outbox.jobs';
import { OutboxRelay } from './outbox-relay';
import { OutboxSettlement } from './outbox-settlement';

const eventsQueue = registerQueues(EVENTS_QUEUE);

@Global()
@Module({
  imports: [DiscoveryModule, eventsQueue],
  providers: [
    Outbox,
    EventHandlerRegistry,
    EventDispatcher,
    ...workerOnly([OutboxRelay, OutboxSettlement, DispatchEventProcessor]),
  ],
  exports: [Outbox, eventsQueue],
})
export class OutboxModule {}
