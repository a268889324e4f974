import { newId } from '../../../../libs/ids';
import { compareVersions } from '../../../../libs/quickbooks/object-version';

/**
 * queued: waiting for its job; writing: an update was sent from `base` and its answer is not
 * recorded yet; written: QuickBooks answered with `writtenSyncToken`; unchanged: the line was
 * already there; not_written: nothing to write to (setting off at run time, no connection, the
 * invoice gone, the note full); failed: the last attempt failed.
 */
export type SentMarkStatus = 'queued' | 'writing' | 'written' | 'unchanged' | 'not_written' | 'failed';

/** A revision of a QuickBooks invoice: its SyncToken and MetaData.LastUpdatedTime. */
export interface QuickBooksRevision {
  syncToken: string;
  updatedAt: Date;
}

export const SENT_MARK_LIMITS = { realmId: 32, invoiceQuickBooksId: 64, messageId: 100, syncToken: 40 } as const;

/**
 * One send of an invoice, noted in its QuickBooks PrivateNote: the line to append, and the
 * revisions around Settle's write, so that the update QuickBooks reports back (by webhook or CDC)
 * is recognised as Settle's own.
 */
export class QuickBooksSentMark {
  id!: string;
  accountId!: string;
  connectionId!: string;
  realmId!: string;
  invoiceId!: string;
  invoiceQuickBooksId!: string;
  /** The send this mark is for: one mark per message. */
  messageId!: string;
  sentAt!: Date;
  line!: string;
  status!: SentMarkStatus;
  /** The revision the note was written on, and the note sent with it. */
  baseSyncToken!: string | null;
  baseUpdatedAt!: Date | null;
  note!: string | null;
  writtenSyncToken!: string | null;
  outcome!: string | null;
  createdAt!: Date;
  processedAt!: Date | null;

  static request(props: {
    accountId: string;
    connectionId: string;
    realmId: string;
    invoiceId: string;
    invoiceQuickBooksId: string;
    messageId: string;
    sentAt: Date;
    line: string;
  }): QuickBooksSentMark {
    const mark = Object.assign(new QuickBooksSentMark(), props);
    mark.id = newId();
    mark.status = 'queued';
    mark.baseSyncToken = null;
    mark.baseUpdatedAt = null;
    mark.note = null;
    mark.writtenSyncToken = null;
    mark.outcome = null;
    mark.createdAt = new Date();
    mark.processedAt = null;
    return mark;
  }

  isSettled(): boolean {
    return this.status !== 'queued' && this.status !== 'writing';
  }

  /** The revision a write in flight was based on, when one may have reached QuickBooks. */
  inFlight(): (QuickBooksRevision & { note: string }) | null {
    if (this.status !== 'writing' || this.baseSyncToken === null || this.baseUpdatedAt === null || this.note === null)
      return null;
    return { syncToken: this.baseSyncToken, updatedAt: this.baseUpdatedAt, note: this.note };
  }

  writing(base: QuickBooksRevision, note: string): void {
    this.status = 'writing';
    this.baseSyncToken = base.syncToken;
    this.baseUpdatedAt = base.updatedAt;
    this.note = note;
  }

  written(syncToken: string, now: Date): void {
    this.writtenSyncToken = syncToken;
    this.settle('written', `written as revision ${syncToken}`, now);
  }

  settle(status: Exclude<SentMarkStatus, 'queued' | 'writing'>, outcome: string, now: Date): void {
    this.status = status;
    this.outcome = outcome;
    this.processedAt = now;
  }

  /**
   * The revision Settle wrote its note on, when `revision` of the invoice is Settle's own write:
   * the SyncToken QuickBooks answered with; or, while that answer is not recorded yet, a newer
   * revision holding exactly the note Settle sent. Otherwise null.
   */
  baseOfOwnRevision(revision: {
    syncToken: string;
    updatedAt: Date;
    privateNote: string | null;
  }): QuickBooksRevision | null {
    if (this.baseSyncToken === null || this.baseUpdatedAt === null) return null;
    const base = { syncToken: this.baseSyncToken, updatedAt: this.baseUpdatedAt };
    if (this.status === 'written' && this.writtenSyncToken === revision.syncToken) return base;
    const flight = this.inFlight();
    if (flight && revision.privateNote === flight.note && compareVersions(revision, base) === 'newer') return base;
    return null;
  }
}
