import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { ClsService } from 'nestjs-cls';
import { QUEUES, type JobPayloads } from '../queue/queues';
import { runWithCorrelationId } from '../tenancy/correlation';
import { InboxProcessing } from './inbox-processing';
import { isLastAttempt } from '../queue/last-attempt';

@Processor(QUEUES.inbox.name)
export class ProcessWebhookProcessor {
  constructor(
    private readonly processing: InboxProcessing,
    private readonly cls: ClsService,
  ) {}

  @Process({ name: QUEUES.inbox.jobs.process, concurrency: 5 })
  async process(job: Job<JobPayloads['process-webhook']>): Promise<void> {
    const finalAttempt = isLastAttempt(job);
    await runWithCorrelationId(this.cls, job.data.correlationId, () =>
      this.processing.process(job.data.inboxId, finalAttempt),
    );
  }
}
