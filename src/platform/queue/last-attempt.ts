import type { Job } from 'bull';
import { JOB_ATTEMPTS } from './job-attempts';

/** Whether this run of the job is its last: a failure now ends it for good, and should say why. */
export function isLastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? JOB_ATTEMPTS);
}
