import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AccountScope } from '../../../../platform/database/account-scope';
import type { QuickBooksCompanyRef } from '../../domain/quickbooks-company.ref';
import { QuickBooksSentMark, type QuickBooksRevision } from '../../domain/quickbooks-sent-mark';
import { QuickBooksStaleObjectError } from '../../domain/quickbooks.errors';
import { noteWithSentLine, PRIVATE_NOTE_MAX_LENGTH } from '../../domain/sent-note';
import { toIsoInstant } from '../../infrastructure/mapping/quickbooks-time';
import { QuickBooksApiClient } from '../../infrastructure/quickbooks-api/quickbooks-api.client';
import type { QuickBooksEntity } from '../../infrastructure/quickbooks-api/quickbooks-api.types';

/** How many times a write beaten by another change (5010) is re-read and tried again in one attempt. */
const STALE_RETRIES = 5;

interface InvoiceNote extends QuickBooksEntity {
  SyncToken: string;
  PrivateNote?: string;
}

/** Unique per mark and revision written on, ≤ 50 characters: a replay answers the first write. */
export function sentMarkRequestId(markId: string, syncToken: string): string {
  return `settle-sent-${createHash('sha256').update(`${markId}:${syncToken}`).digest('hex').slice(0, 32)}`;
}

/**
 * Appends the mark's line to the invoice's PrivateNote: read, append, sparse update with the
 * SyncToken read and a requestid; on a stale SyncToken (someone changed the invoice meanwhile) read
 * again and retry, so the other change and the user's note are kept. Only PrivateNote is sent:
 * EmailStatus stays as it is, and QuickBooks' /send (which emails the customer) is never called.
 *
 * The revision written on and the note are recorded before the update is sent, and the SyncToken
 * QuickBooks answers with right after: so the update QuickBooks reports back is recognised as
 * Settle's own, and an attempt that died after sending replays the same request (same requestid)
 * to learn what QuickBooks answered.
 */
@Injectable()
export class QuickBooksSentMarkWriter {
  constructor(
    private readonly scope: AccountScope,
    private readonly client: QuickBooksApiClient,
  ) {}

  async write(company: QuickBooksCompanyRef, mark: QuickBooksSentMark): Promise<void> {
    const flight = mark.inFlight();
    if (flight) {
      const replayed = await this.send(company, mark, flight, flight.note).then(
        () => true,
        (error: unknown) => {
          if (error instanceof QuickBooksStaleObjectError) return false;
          throw error;
        },
      );
      if (replayed) return;
    }
    let stale: QuickBooksStaleObjectError | undefined;
    for (let attempt = 0; attempt < STALE_RETRIES; attempt += 1) {
      const invoice = await this.client.read<InvoiceNote>(company, 'Invoice', mark.invoiceQuickBooksId);
      const plan = noteWithSentLine(invoice.PrivateNote, mark.line);
      if (plan.kind === 'already-there')
        return this.save(mark, (m, now) => m.settle('unchanged', 'the line is already in the note', now));
      if (plan.kind === 'full') {
        const outcome = `not written: the note is full (${plan.length} of ${PRIVATE_NOTE_MAX_LENGTH} characters, the user's own)`;
        return this.save(mark, (m, now) => m.settle('not_written', outcome, now));
      }
      const base = revisionOf(invoice);
      await this.save(mark, (m) => m.writing(base, plan.note));
      try {
        return await this.send(company, mark, base, plan.note);
      } catch (error) {
        if (!(error instanceof QuickBooksStaleObjectError)) throw error;
        stale = error;
      }
    }
    throw stale as QuickBooksStaleObjectError;
  }

  private async send(
    company: QuickBooksCompanyRef,
    mark: QuickBooksSentMark,
    base: QuickBooksRevision,
    note: string,
  ): Promise<void> {
    const answer = await this.client.sparseUpdate<InvoiceNote>(
      company,
      'Invoice',
      { Id: mark.invoiceQuickBooksId, SyncToken: base.syncToken, PrivateNote: note },
      sentMarkRequestId(mark.id, base.syncToken),
    );
    await this.save(mark, (m, now) => m.written(String(answer.SyncToken), now));
  }

  /** Applies a change to the mark, in memory and in its row, in a transaction of its own. */
  private async save(mark: QuickBooksSentMark, change: (mark: QuickBooksSentMark, now: Date) => void): Promise<void> {
    const now = new Date();
    await this.scope.transaction(mark.accountId, async (em) => {
      const stored = await em.findOneOrFail(QuickBooksSentMark, { id: mark.id });
      change(stored, now);
    });
    change(mark, now);
  }
}

function revisionOf(invoice: InvoiceNote): QuickBooksRevision {
  const updatedAt = toIsoInstant(invoice.MetaData?.LastUpdatedTime);
  return { syncToken: String(invoice.SyncToken), updatedAt: updatedAt === null ? new Date(0) : new Date(updatedAt) };
}
