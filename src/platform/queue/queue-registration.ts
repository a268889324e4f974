import { BullAdapter } from '@bull-board/api/bullAdapter';
import { BullBoardModule } from '@bull-board/nestjs';
import { BullModule, getQueueToken } from '@nestjs/bull';
import { Module, type DynamicModule } from '@nestjs/common';
import type { DiscoveryService, ModuleRef } from '@nestjs/core';
import type { Queue } from 'bull';
import { QueueDefinition } from './queue-definition';
import { redactFailures } from './redacted-failures';

@Module({})
export class QueueRegistration {}

/**
 * How a context registers the queues it owns (in its module's imports): Bull queues for its job
 * kinds, known to the outbox relay, to the operators' queue board and to the start-up check that
 * every job has a processor; their failures are stored redacted.
 */
export function registerQueues(...definitions: QueueDefinition[]): DynamicModule {
  return {
    module: QueueRegistration,
    imports: [
      BullModule.registerQueue(...definitions.map((definition) => ({ name: definition.name }))),
      ...definitions.map((definition) => BullBoardModule.forFeature({ name: definition.name, adapter: BullAdapter })),
    ],
    providers: [
      ...definitions.map((definition) => ({ provide: `settle:queue:${definition.name}`, useValue: definition })),
      ...definitions.map((definition) => ({
        provide: `settle:queue-redaction:${definition.name}`,
        inject: [getQueueToken(definition.name)],
        useFactory: redactFailures,
      })),
    ],
    exports: [BullModule],
  };
}

/** Every queue a context registered with `registerQueues`. */
export function registeredQueues(discovery: DiscoveryService): QueueDefinition[] {
  const found = new Map<string, QueueDefinition>();
  for (const { instance } of discovery.getProviders()) {
    if (instance instanceof QueueDefinition) found.set(instance.name, instance);
  }
  return [...found.values()];
}

/** The Bull queue of that name, from wherever in the app its context registered it. */
export function queueNamed(moduleRef: ModuleRef, name: string): Queue {
  return moduleRef.get<Queue>(getQueueToken(name), { strict: false });
}
