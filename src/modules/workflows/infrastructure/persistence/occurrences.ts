import type { EntityManager } from '@mikro-orm/postgresql';
import { StepOccurrence, type OccurrenceReason } from '../../domain/step-occurrence';

/** Cancels the occurrences of these invoices that have not been claimed yet (one kind, or all). */
export async function cancelScheduled(
  em: EntityManager,
  invoiceIds: string[],
  reason: OccurrenceReason,
  now: Date,
  only: { kind?: 'reminder' | 'thank_you'; stepId?: string } = {},
): Promise<number> {
  if (invoiceIds.length === 0) return 0;
  return em.nativeUpdate(
    StepOccurrence,
    { invoiceId: { $in: invoiceIds }, state: StepOccurrence.CANCELLABLE, ...only },
    { state: 'cancelled', reason, updatedAt: now },
  );
}
