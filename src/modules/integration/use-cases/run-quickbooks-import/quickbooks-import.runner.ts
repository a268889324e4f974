import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { QboCustomer, QboInvoice } from '../../../../../libs/quickbooks/qbo-types';
import { AccountScope } from '../../../../platform/database/account-scope';
import { timeStageAsync } from '../../../../platform/metrics/stage-timing';
import type { ContactUpsertOutcome } from '../../../contacts/contracts';
import type { InvoiceUpsertOutcome, QuickBooksInvoiceRecord } from '../../../invoicing/contracts';
import type { QuickBooksCompanyRef } from '../../domain/quickbooks-company.ref';
import type { QuickBooksConnection } from '../../domain/quickbooks-connection';
import type { ImportPhase, ItemReasons, PageResult, QuickBooksImport } from '../../domain/quickbooks-import';
import { QuickBooksApiClient } from '../../infrastructure/quickbooks-api/quickbooks-api.client';
import type { QuickBooksWhere } from '../../infrastructure/quickbooks-api/quickbooks-query.builder';
import {
  clearImportPages,
  loadImportProgress,
  recordImportPages,
  saveImport,
} from '../../infrastructure/persistence/quickbooks-import-pages';
import { QuickBooksChangeApplier } from '../apply-quickbooks-change/quickbooks-change.applier';
import type { CustomerContact } from '../bring-in-quickbooks-customers/customer-contact';
import {
  joinPrepared,
  QuickBooksCustomerContacts,
} from '../bring-in-quickbooks-customers/quickbooks-customer-contacts';
import { QuickBooksContactsDryRun } from '../preview-quickbooks-import/quickbooks-contacts.dry-run';

export const IMPORT_PAGE_SIZE = 1000;

/**
 * How a phase moves: `ahead` pages are read from QuickBooks while earlier ones are written, and
 * `writing` pages are written at once. Contacts are written one transaction at a time, in order:
 * which of two customers sharing a phone is kept depends on order. A contacts transaction also
 * writes the pages after its own that are read and prepared by then, up to `together` in all:
 * Contacts' rules apply customers one by one in order, so pages written together end as they would
 * one after the other, and a transaction's fixed cost (its lock, lookup, round trips) is paid once
 * for them; when the writer keeps up, it writes a page at a time. Meanwhile the pages read ahead
 * have their phone numbers read on Contacts' thread, the largest single part of the CPU a page of
 * customers takes. Invoices are independent of each other, so two pages are written at once while
 * three more are read, keeping QuickBooks, Node and PostgreSQL all busy with at most five pages in
 * memory (and well under QuickBooks' ten requests at once). A dry run writes one page at a time
 * throughout: each page builds on what the earlier ones would have done, which it holds in memory.
 */
export const IMPORT_PIPELINE: Record<ImportPhase, { ahead: number; writing: number; together: number }> = {
  contacts: { ahead: 3, writing: 1, together: 3 },
  invoices: { ahead: 3, writing: 2, together: 1 },
};

/**
 * What a phase does with each page: `prepare` runs as soon as the page is read (pages may be
 * prepared out of order, but each is prepared before it is applied), so that only what the writer
 * needs is held while earlier pages are written; `apply` writes pages that follow on from each
 * other, in one transaction, or in a dry run previews them, and answers each page's result.
 * `first` says the page is the first this run reads: nothing is written while it is prepared.
 */
interface PhaseSteps<Page> {
  prepare(rows: unknown[], first: boolean): Promise<Page>;
  apply(pages: Page[]): Promise<PageResult[]>;
}

/** A page being read: where it starts, and the page once it is read and prepared (null: no rows). */
interface PageRead<Page> {
  start: number;
  page: Promise<Page | null>;
  prepared: Page | null | undefined;
}

interface Outcome {
  quickBooksId: string;
  result: string;
  reasons: string[];
}

/**
 * Runs an import page by page from where it stands, oldest first (ordered by Id, as QuickBooks
 * numbers them), so the same company always imports the same way. Each page is written and its
 * result recorded in one transaction, which Contacts' and Invoicing's commands join: after a crash
 * a page is either written and counted or not written at all, and a resumed import reads again
 * only the pages it did not record. A dry run asks Contacts and Invoicing for previews instead of
 * writing, records its page results the same way, and adds the unpaid total of what it would import.
 */
@Injectable()
export class QuickBooksImportRunner {
  constructor(
    private readonly scope: AccountScope,
    private readonly queries: QueryBus,
    private readonly client: QuickBooksApiClient,
    private readonly customers: QuickBooksCustomerContacts,
    private readonly applier: QuickBooksChangeApplier,
  ) {}

  async run(run: QuickBooksImport, company: QuickBooksCompanyRef, connection: QuickBooksConnection) {
    run.begin();
    await this.scope.transaction(run.accountId, async (em) => {
      if (run.dryRun) await clearImportPages(em, run);
      await saveImport(em, run);
    });
    // The account's country reads phone numbers written without a country code.
    const country = await this.customers.countryOf(company);
    const dryRun = run.dryRun ? new QuickBooksContactsDryRun(this.queries, company, country) : null;
    // An import that resumes in its invoices phase finds its customers' contacts afresh.
    const knownCustomers = new Map<string, CustomerContact>();
    if (run.phase === 'contacts') {
      await this.phase(run, company, 'contacts', 'Customer', [], {
        // The first page's numbers are read as it is written: there is no earlier page to read them beside.
        prepare: (rows, first) =>
          this.customers.prepare(rows as QboCustomer[], country, { readPhones: dryRun === null && !first }),
        apply: async (pages) => {
          if (dryRun)
            return eachInTurn(pages, async (page) =>
              summarise(page.records.length, (await dryRun.previewRecords(page.records)).map(fromContact)),
            );
          const outcomes = await this.customers.upsertPrepared(company, joinPrepared(pages));
          if (run.kind === 'invoices') this.customers.remember(knownCustomers, outcomes);
          const sizes = pages.map((page) => page.records.length);
          return splitByPage(sizes, outcomes).map((ofPage, index) => summarise(sizes[index], ofPage.map(fromContact)));
        },
      });
      if (run.kind === 'invoices') run.moveTo('invoices');
    }
    if (run.kind === 'invoices' && run.year !== null) {
      const where: QuickBooksWhere = [
        { field: 'TxnDate', op: '>=', value: `${run.year}-01-01` },
        { field: 'TxnDate', op: '<=', value: `${run.year}-12-31` },
      ];
      const findCustomers = dryRun ? undefined : this.customersFoundAhead(company, knownCustomers, country);
      await this.phase(run, company, 'invoices', 'Invoice', where, {
        // Not an async function: that would hold the page's JSON until its customers are found.
        prepare: (rows) => {
          const count = rows.length;
          return this.applier
            .mapInvoices(company, rows as QboInvoice[], connection.homeCurrency)
            .then(async (mapped) => {
              await findCustomers?.(mapped.records);
              return { rows: count, mapped };
            });
        },
        apply: (pages) =>
          eachInTurn(pages, async ({ rows, mapped }) => {
            if (dryRun) {
              const { outcomes, unpaid } = await this.applier.previewInvoices(company, mapped, dryRun);
              return { ...summarise(rows, outcomes.map(fromInvoice)), unpaid: unpaid.toDecimals() };
            }
            const outcomes = await this.applier.upsertMapped(company, mapped, knownCustomers);
            return summarise(rows, outcomes.map(fromInvoice));
          }),
      });
    }
    run.complete();
    await this.save(run);
  }

  /**
   * Finds a page's customers (any not yet brought in are read from QuickBooks) as soon as the page
   * is read, while earlier pages are written, so that its writer finds them known. One page at a
   * time, in order: two pages never bring in the same new customer at once. First of all, while
   * the phase counts and reads its first pages, the inactive customers (which the contacts phase did
   * not see) are brought in all at once.
   */
  private customersFoundAhead(company: QuickBooksCompanyRef, known: Map<string, CustomerContact>, country: string) {
    const intake = (customers: QboCustomer[]) => this.customers.upsert(company, customers, country);
    let previous = timeStageAsync('inactive customers, brought in', () =>
      this.customers.rememberInactive(company, known, country),
    );
    // Its failure is met by the first page's writer; should the phase fail before reading a page,
    // nobody waits for it.
    previous.catch(() => undefined);
    return (records: QuickBooksInvoiceRecord[]): Promise<void> => {
      const ids = records.map((record) => record.customerQuickBooksId);
      previous = previous.then(() =>
        timeStageAsync('customers of invoices, found ahead', async () => {
          await this.customers.contactsOf(company, ids, known, intake);
        }),
      );
      return previous;
    };
  }

  private async count(
    run: QuickBooksImport,
    company: QuickBooksCompanyRef,
    phase: ImportPhase,
    entity: 'Customer' | 'Invoice',
    where: QuickBooksWhere,
  ): Promise<void> {
    run.counted(phase, await this.client.count(company, entity, where));
    await this.save(run);
  }

  private save(run: QuickBooksImport): Promise<void> {
    return this.scope.transaction(run.accountId, (em) => saveImport(em, run));
  }

  private async phase<Page>(
    run: QuickBooksImport,
    company: QuickBooksCompanyRef,
    phase: ImportPhase,
    entity: 'Customer' | 'Invoice',
    where: QuickBooksWhere,
    { prepare, apply }: PhaseSteps<Page>,
  ): Promise<void> {
    const counting =
      run.totals[phase] === undefined ? this.count(run, company, phase, entity, where) : Promise.resolve();
    const { ahead, writing, together } = IMPORT_PIPELINE[phase];
    const most = run.dryRun ? 1 : together;
    let position = run.nextPosition(phase);
    let exhausted = false;
    let firstRead = true;
    const failures: unknown[] = [];
    const reads: PageRead<Page>[] = [];
    const readAhead = () => {
      while (!exhausted && failures.length === 0 && reads.length < ahead) {
        const start = position;
        position += IMPORT_PAGE_SIZE;
        // Pages are written two at a time, so one may have been recorded past the first that was not.
        const recorded = run.pages[`${phase}:${start}`];
        if (recorded) {
          exhausted = recorded.rows < IMPORT_PAGE_SIZE;
          continue;
        }
        const read = timeStageAsync('quickbooks', () =>
          this.client.query(company, entity, where, {
            orderBy: 'Id',
            startPosition: start,
            maxResults: IMPORT_PAGE_SIZE,
          }),
        );
        read.then(
          (found) => (exhausted ||= found.length < IMPORT_PAGE_SIZE),
          () => undefined,
        );
        const first = firstRead;
        firstRead = false;
        const entry: PageRead<Page> = {
          start,
          page: read.then((found) => (found.length > 0 ? prepare(found, first) : null)),
          prepared: undefined,
        };
        // A failed read or preparation is met by the writer that takes the page, or by the phase's
        // end; pages read past a failure are dropped. Until then it must not count as unhandled.
        entry.page.then(
          (page) => (entry.prepared = page),
          () => undefined,
        );
        reads.push(entry);
      }
    };
    // The pages after the one a writer took that are prepared already, to be written with it.
    const preparedAfter = (): { start: number; page: Page }[] => {
      const taken: { start: number; page: Page }[] = [];
      for (let read = reads[0]; taken.length < most - 1 && read?.prepared; read = reads[0]) {
        taken.push({ start: read.start, page: read.prepared });
        reads.shift();
      }
      return taken;
    };
    const writer = async () => {
      for (;;) {
        readAhead();
        const next = failures.length === 0 ? reads.shift() : undefined;
        if (!next) return;
        const page = await timeStageAsync('writer waiting for its page', () => next.page);
        if (page === null) continue;
        const batch = [{ start: next.start, page }, ...preparedAfter()];
        readAhead();
        await this.scope.transaction(run.accountId, async (em) => {
          const results = await apply(batch.map((taken) => taken.page));
          const recorded = batch.map(({ start }, index) => ({ key: `${phase}:${start}`, result: results[index] }));
          await timeStageAsync('writing', () => recordImportPages(em, run, recorded));
        });
      }
    };
    // The first pages are read while the phase is counted; none is written before its total is saved.
    readAhead();
    await counting.catch((error: unknown) => {
      failures.push(error);
    });
    const writerCount = failures.length > 0 ? 0 : run.dryRun ? 1 : writing;
    const writers = Array.from({ length: writerCount }, () =>
      writer().catch((error: unknown) => {
        failures.push(error);
      }),
    );
    await Promise.all(writers);
    await Promise.allSettled(reads.map((read) => read.page));
    if (failures.length > 0) throw failures[0];
    await this.scope.read(run.accountId, (em) => loadImportProgress(em, run));
  }
}

function fromContact(outcome: ContactUpsertOutcome): Outcome & { name: string | null } {
  return {
    quickBooksId: outcome.quickBooksId,
    result: outcome.result,
    reasons: outcome.reasons,
    name: outcome.displayName,
  };
}

function fromInvoice(outcome: InvoiceUpsertOutcome): Outcome & { name: string | null } {
  return {
    quickBooksId: outcome.quickBooksId,
    result: outcome.result,
    reasons: outcome.reasons,
    name: outcome.docNumber,
  };
}

/** The outcomes of pages applied as one, split into each page's (`sizes`: how many each holds). */
function splitByPage<T>(sizes: number[], outcomes: T[]): T[][] {
  let from = 0;
  return sizes.map((size) => outcomes.slice(from, (from += size)));
}

/** Each page's result, the pages applied one after the other. */
async function eachInTurn<Page>(pages: Page[], apply: (page: Page) => Promise<PageResult>): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const page of pages) results.push(await apply(page));
  return results;
}

/** A page's counts by result, what it skipped, and what it imported with notes (a phone kept as text). */
function summarise(rows: number, outcomes: (Outcome & { name: string | null })[]): PageResult {
  const counts: Record<string, number> = {};
  const skipped: ItemReasons[] = [];
  const reported: ItemReasons[] = [];
  for (const outcome of outcomes) {
    counts[outcome.result] = (counts[outcome.result] ?? 0) + 1;
    const item = { quickBooksId: outcome.quickBooksId, name: outcome.name, reasons: outcome.reasons };
    if (outcome.result === 'skipped') skipped.push(item);
    else if (outcome.reasons.length > 0) reported.push(item);
  }
  return { rows, counts, skipped, reported };
}
