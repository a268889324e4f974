import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { ClsService } from 'nestjs-cls';
import type { JobDataOf } from '../queue/job-kind';
import { isLastAttempt } from '../queue/last-attempt';
import { runWithCorrelationId } from '../tenancy/correlation';
import { InboxProcessing } from './inbox-processing';
import { ProcessWebhookJob } from './inbox.jobs';

@Processor(ProcessWebhookJob.queue)
export class ProcessWebhookProcessor {
  constructor(
    private readonly processing: InboxProcessing,
    private readonly cls: ClsService,
  ) {}

  @Process({ name: ProcessWebhookJob.name, concurrency: 5 })
  async process(job: Job<JobDataOf<typeof ProcessWebhookJob>>): Promise<void> {
    const finalAttempt = isLastAttempt(job);
    await runWithCorrelationId(this.cls, job.data.correlationId, () =>
      this.processing.process(job.data.inboxId, finalAttempt),
    );
  }
}
