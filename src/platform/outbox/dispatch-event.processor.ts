import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { ClsService } from 'nestjs-cls';
import { runWithCorrelationId } from '../tenancy/correlation';
import { QUEUES, type JobPayloads } from '../queue/queues';
import { EventDispatcher } from './event-dispatcher';

@Processor(QUEUES.events.name)
export class DispatchEventProcessor {
  constructor(
    private readonly dispatcher: EventDispatcher,
    private readonly cls: ClsService,
  ) {}

  @Process({ name: QUEUES.events.jobs.dispatch, concurrency: 5 })
  async dispatch(job: Job<JobPayloads['dispatch-event']>): Promise<void> {
    await runWithCorrelationId(this.cls, job.data.correlationId, () => this.dispatcher.dispatch(job.data.outboxId));
  }
}
