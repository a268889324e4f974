import { newId } from '../../../../libs/ids';
import { UnpaidTotals, type AmountsByCurrency } from './unpaid-totals';

export type ImportKind = 'contacts' | 'invoices';
export type ImportStatus = 'queued' | 'running' | 'completed' | 'failed';
export type ImportPhase = 'contacts' | 'invoices';

/** A customer or invoice the import skipped, or imported with notes, and why. */
export interface ItemReasons {
  quickBooksId: string;
  name: string | null;
  reasons: string[];
}

/** What one page of an import did, keyed by its phase and start position. */
export interface PageResult {
  rows: number;
  counts: Record<string, number>;
  skipped: ItemReasons[];
  /** Items imported with something not imported as QuickBooks holds it (absent from older pages). */
  reported?: ItemReasons[];
  /** Dry runs of invoices: the balance of the invoices the page would create or update. */
  unpaid?: AmountsByCurrency;
}

export interface PhaseSummary {
  total: number | null;
  done: number;
  counts: Record<string, number>;
  skipped: ItemReasons[];
  reported: ItemReasons[];
}

/**
 * One import from QuickBooks, resumable: each page's result is recorded under its start position,
 * in the transaction that writes the page, so a retry after a crash continues after the last
 * recorded page and finds nothing of a page it did not record. A dry run writes nothing but its own
 * page results.
 */
export class QuickBooksImport {
  id!: string;
  accountId!: string;
  kind!: ImportKind;
  year!: number | null;
  dryRun!: boolean;
  status!: ImportStatus;
  phase!: ImportPhase;
  totals!: Partial<Record<ImportPhase, number>>;
  pages!: Record<string, PageResult>;
  error!: string | null;
  requestedByUserId!: string;
  createdAt!: Date;
  startedAt!: Date | null;
  finishedAt!: Date | null;
  /** When it last moved on (started, counted, recorded a page...): how a stalled import is noticed. */
  progressedAt!: Date;
  /** How many times it was resumed after it stalled with no job left to run it. */
  resumes!: number;

  static request(props: {
    accountId: string;
    userId: string;
    kind: ImportKind;
    year: number | null;
    dryRun: boolean;
  }): QuickBooksImport {
    const run = new QuickBooksImport();
    run.id = newId();
    run.accountId = props.accountId;
    run.kind = props.kind;
    run.year = props.kind === 'invoices' ? props.year : null;
    run.dryRun = props.dryRun;
    run.status = 'queued';
    run.phase = 'contacts';
    run.totals = {};
    run.pages = {};
    run.error = null;
    run.requestedByUserId = props.userId;
    run.createdAt = new Date();
    run.startedAt = null;
    run.finishedAt = null;
    run.progressedAt = run.createdAt;
    run.resumes = 0;
    return run;
  }

  /**
   * Starts, or resumes, the import. A dry run keeps what its earlier pages would have done in
   * memory only, so it cannot resume: it starts again from the first page.
   */
  begin(): void {
    if (this.dryRun) {
      this.phase = 'contacts';
      this.pages = {};
    }
    this.status = 'running';
    this.startedAt ??= new Date();
  }

  isFinished(): boolean {
    return this.status === 'completed' || this.status === 'failed';
  }

  /**
   * Queues it again after it stalled (its job lost), or fails it with the reason once it has been
   * resumed `maxResumes` times: an import that keeps stalling is not retried forever. Answers
   * whether it was resumed.
   */
  resumeAfterStall(maxResumes: number, lastFailure: string | null): boolean {
    if (this.resumes >= maxResumes) {
      const why = lastFailure ? ` (last: ${lastFailure})` : '';
      this.fail(`The import stopped making progress ${this.resumes + 1} times and was given up${why}`);
      return false;
    }
    this.resumes += 1;
    this.progressedAt = new Date();
    return true;
  }

  counted(phase: ImportPhase, total: number): void {
    this.totals = { ...this.totals, [phase]: total };
  }

  /**
   * Where the phase goes on: after the last page of the unbroken run from position 1 (QuickBooks
   * counts from 1). Pages may finish out of order, so a recorded page after a gap does not count.
   */
  nextPosition(phase: ImportPhase): number {
    let position = 1;
    for (;;) {
      const page = this.pages[`${phase}:${position}`];
      if (!page || page.rows === 0) return position;
      position += page.rows;
    }
  }

  moveTo(phase: ImportPhase): void {
    this.phase = phase;
  }

  complete(): void {
    this.status = 'completed';
    this.finishedAt = new Date();
  }

  fail(reason: string): void {
    this.status = 'failed';
    this.error = reason;
    this.finishedAt = new Date();
  }

  summary(phase: ImportPhase): PhaseSummary {
    const results = this.results(phase);
    const counts: Record<string, number> = {};
    for (const result of results) {
      for (const [name, count] of Object.entries(result.counts)) counts[name] = (counts[name] ?? 0) + count;
    }
    return {
      total: this.totals[phase] ?? null,
      done: results.reduce((sum, result) => sum + result.rows, 0),
      counts,
      skipped: results.flatMap((result) => result.skipped),
      reported: results.flatMap((result) => result.reported ?? []),
    };
  }

  /** For a dry run of invoices: the unpaid total, per currency, of what it would create or update. */
  unpaidByCurrency(): AmountsByCurrency | null {
    if (!this.dryRun || this.kind !== 'invoices') return null;
    const totals = new UnpaidTotals();
    for (const result of this.results('invoices')) totals.addAll(result.unpaid ?? {});
    return totals.toDecimals();
  }

  /** The phase's page results in QuickBooks' order, whatever the order they were written in. */
  private results(phase: ImportPhase): PageResult[] {
    const prefix = `${phase}:`;
    return Object.entries(this.pages)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, result]) => ({ position: Number(key.slice(prefix.length)), result }))
      .sort((a, b) => a.position - b.position)
      .map(({ result }) => result);
  }
}
