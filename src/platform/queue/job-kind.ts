/**
 * A kind of job: the queue it runs on, its name there, and the payload it carries. Payloads hold
 * ids, never objects: a processor reloads what it needs when it runs. Each context declares its own
 * kinds beside the processors that run them.
 */
export interface JobKind<P extends object> {
  readonly queue: string;
  readonly name: string;
  /** How many times a job of this kind runs before it fails for good (JOB_ATTEMPTS unless set). */
  readonly attempts?: number;
  /** Type-level only: the payload a job of this kind carries. */
  readonly payload?: P;
}

export const jobKind = <P extends object>(
  queue: string,
  name: string,
  options: { attempts?: number } = {},
): JobKind<P> => ({
  queue,
  name,
  ...options,
});

/** What a job's processor receives: its payload and the correlation id of whatever started it. */
export type JobData<P extends object> = P & { correlationId?: string };

/** A job to start once the transaction that asks for it commits (see Outbox.schedule). */
export interface JobRequest<P extends object> {
  kind: JobKind<P>;
  payload: P;
  /** Deterministic: a second request for the same work is a no-op while the first is kept. */
  jobId: string;
  /** The account the work is for, when it is one account's. */
  accountId?: string | null;
}

/** The data a processor of jobs of kind K receives. */
export type JobDataOf<K> = K extends JobKind<infer P> ? JobData<P> : never;
