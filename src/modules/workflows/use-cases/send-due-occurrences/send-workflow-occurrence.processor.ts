import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { ClsService } from 'nestjs-cls';
import type { JobDataOf } from '../../../../platform/queue/job-kind';
import { runWithCorrelationId } from '../../../../platform/tenancy/correlation';
import { SendWorkflowOccurrenceJob } from '../../infrastructure/workflows.jobs';
import { OccurrenceSender } from './occurrence-sender';

@Processor(SendWorkflowOccurrenceJob.queue)
export class SendWorkflowOccurrenceProcessor {
  constructor(
    private readonly sender: OccurrenceSender,
    private readonly cls: ClsService,
  ) {}

  @Process({ name: SendWorkflowOccurrenceJob.name, concurrency: 20 })
  async send(job: Job<JobDataOf<typeof SendWorkflowOccurrenceJob>>): Promise<void> {
    const { occurrenceId, accountId, correlationId } = job.data;
    await runWithCorrelationId(this.cls, correlationId, () => this.sender.send(accountId, occurrenceId));
  }
}
