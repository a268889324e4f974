import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, ModuleRef } from '@nestjs/core';
import { closeQueue } from './close-queue';
import { queueNamed, registeredQueues } from './queue-registration';

/**
 * Lets the jobs a process is running finish before what they use is closed. Nest closes in three
 * rounds (onModuleDestroy, beforeApplicationShutdown, onApplicationShutdown) and Bull closes its
 * queues, waiting for their active jobs, only in the last, when the Redis clients and the database
 * a job needs may already be gone. Every queue is closed here, in the middle round: providers that
 * jobs use close their connections in onApplicationShutdown.
 */
@Injectable()
export class QueueDrain implements BeforeApplicationShutdown {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly moduleRef: ModuleRef,
  ) {}

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(registeredQueues(this.discovery).map(({ name }) => closeQueue(queueNamed(this.moduleRef, name))));
  }
}
