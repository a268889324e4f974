import { randomUUID } from 'node:crypto';
import { CLS_ID, ClsService } from 'nestjs-cls';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** A caller's X-Request-Id when it is sane, else a new one. */
export function correlationIdFrom(header: unknown): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

/** Runs a job's work in a CLS context carrying the correlation id of whatever enqueued it. */
export function runWithCorrelationId<T>(cls: ClsService, correlationId: string | undefined, work: () => Promise<T>) {
  return cls.run(() => {
    cls.set(CLS_ID, correlationId ?? randomUUID());
    return work();
  });
}
