import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, ModuleRef } from '@nestjs/core';
import { queueNamed, registeredQueues } from './queue-registration';
import { runsWorker } from './role';

/** In the worker role, start-up fails when a registered job has no processor. */
@Injectable()
export class QueueProcessorCheck implements OnApplicationBootstrap {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly discovery: DiscoveryService,
  ) {}

  onApplicationBootstrap(): void {
    if (!runsWorker()) return;
    const missing: string[] = [];
    for (const definition of registeredQueues(this.discovery)) {
      const bull = queueNamed(this.moduleRef, definition.name);
      // Bull 4 keeps its registered processors in `handlers`, keyed by job name; it has no API for it.
      const handlers = (bull as unknown as { handlers: Record<string, unknown> }).handlers;
      for (const job of definition.jobs) {
        if (!handlers[job]) missing.push(`${definition.name}/${job}`);
      }
    }
    if (missing.length > 0) throw new Error(`Jobs without a processor: ${missing.join(', ')}`);
  }
}
