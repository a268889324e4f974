import { newId } from '../../../../libs/ids';

export type ImportKind = 'contacts' | 'invoices';
export type ImportStatus = 'queued' | 'running' | 'completed' | 'failed';
export type ImportPhase = 'contacts' | 'invoices';

export interface SkippedItem {
  quickBooksId: string;
  name: string | null;
  reasons: string[];
}

/** What one page of an import did, keyed by its phase and start position. */
export interface PageResult {
  rows: number;
  counts: Record<string, number>;
  skipped: SkippedItem[];
}

export interface PhaseSummary {
  total: number | null;
  done: number;
  counts: Record<string, number>;
  skipped: SkippedItem[];
}

/**
 * One import from QuickBooks, resumable: each page's result is recorded under its start position,
 * so a retry after a crash continues after the last recorded page, and a page done twice (its
 * result recorded again, the same since Contacts and Invoicing replay recorded outcomes) is counted
 * once.
 */
export class QuickBooksImport {
  id!: string;
  accountId!: string;
  kind!: ImportKind;
  year!: number | null;
  status!: ImportStatus;
  phase!: ImportPhase;
  totals!: Partial<Record<ImportPhase, number>>;
  pages!: Record<string, PageResult>;
  error!: string | null;
  requestedByUserId!: string;
  createdAt!: Date;
  startedAt!: Date | null;
  finishedAt!: Date | null;

  static request(props: {
    accountId: string;
    userId: string;
    kind: ImportKind;
    year: number | null;
  }): QuickBooksImport {
    const run = new QuickBooksImport();
    run.id = newId();
    run.accountId = props.accountId;
    run.kind = props.kind;
    run.year = props.kind === 'invoices' ? props.year : null;
    run.status = 'queued';
    run.phase = 'contacts';
    run.totals = {};
    run.pages = {};
    run.error = null;
    run.requestedByUserId = props.userId;
    run.createdAt = new Date();
    run.startedAt = null;
    run.finishedAt = null;
    return run;
  }

  begin(): void {
    this.status = 'running';
    this.startedAt ??= new Date();
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

  recordPage(phase: ImportPhase, startPosition: number, result: PageResult): void {
    this.pages = { ...this.pages, [`${phase}:${startPosition}`]: result };
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
    const results = Object.entries(this.pages)
      .filter(([key]) => key.startsWith(`${phase}:`))
      .map(([, result]) => result);
    const counts: Record<string, number> = {};
    for (const result of results) {
      for (const [name, count] of Object.entries(result.counts)) counts[name] = (counts[name] ?? 0) + count;
    }
    return {
      total: this.totals[phase] ?? null,
      done: results.reduce((sum, result) => sum + result.rows, 0),
      counts,
      skipped: results.flatMap((result) => result.skipped),
    };
  }
}
