import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { ClsService } from 'nestjs-cls';
import type { JobDataOf } from '../../../../platform/queue/job-kind';
import { runWithCorrelationId } from '../../../../platform/tenancy/correlation';
import { CheckBankPaymentJob } from '../../infrastructure/payments.jobs';
import { BankPaymentCheck } from './bank-payment-check';

@Processor(CheckBankPaymentJob.queue)
export class CheckBankPaymentProcessor {
  constructor(
    private readonly checks: BankPaymentCheck,
    private readonly cls: ClsService,
  ) {}

  @Process({ name: CheckBankPaymentJob.name, concurrency: 10 })
  async check(job: Job<JobDataOf<typeof CheckBankPaymentJob>>): Promise<void> {
    const { attemptId, accountId, correlationId } = job.data;
    await runWithCorrelationId(this.cls, correlationId, () => this.checks.check({ id: attemptId, accountId }));
  }
}
