import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { ClsService } from 'nestjs-cls';
import type { JobDataOf } from '../queue/job-kind';
import { runWithCorrelationId } from '../tenancy/correlation';
import { EventDispatcher } from './event-dispatcher';
import { DispatchEventJob } from './outbox.jobs';

@Processor(DispatchEventJob.queue)
export class DispatchEventProcessor {
  constructor(
    private readonly dispatcher: EventDispatcher,
    private readonly cls: ClsService,
  ) {}

  @Process({ name: DispatchEventJob.name, concurrency: 5 })
  async dispatch(job: Job<JobDataOf<typeof DispatchEventJob>>): Promise<void> {
    await runWithCorrelationId(this.cls, job.data.correlationId, () => this.dispatcher.dispatch(job.data.outboxId));
  }
}
