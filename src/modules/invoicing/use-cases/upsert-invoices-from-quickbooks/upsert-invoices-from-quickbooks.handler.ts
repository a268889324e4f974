import type { EntityManager } from '@mikro-orm/postgresql';
import { Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { bulkInsert } from '../../../../platform/database/bulk-insert';
import { findEachByKey } from '../../../../platform/database/find-each-by-key';
import { timeStage, timeStageAsync } from '../../../../platform/metrics/stage-timing';
import { Outbox } from '../../../../platform/outbox/outbox';
import { InvoicesImportedEvent, UpsertInvoicesFromQuickBooksCommand, type InvoiceUpsertOutcome } from '../../contracts';
import { Invoice } from '../../domain/invoice';
import { applyQuickBooksInvoices } from '../../domain/quickbooks-invoice-revisions';
import { ImportOutcome } from '../../infrastructure/import-outcome';
import { findLinkedInvoices } from '../../infrastructure/linked-invoices';

/**
 * One page of QuickBooks invoices in one transaction with a fixed number of queries whatever its
 * size: the outcomes already recorded for this import, the invoices already linked, then one
 * batched flush (multi-row inserts and updates, the outbox events, the new outcomes).
 */
@CommandHandler(UpsertInvoicesFromQuickBooksCommand)
export class UpsertInvoicesFromQuickBooksHandler implements ICommandHandler<UpsertInvoicesFromQuickBooksCommand> {
  private readonly logger = new Logger('Invoicing');

  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
  ) {}

  execute({ accountId, invoices, importId }: UpsertInvoicesFromQuickBooksCommand): Promise<InvoiceUpsertOutcome[]> {
    if (invoices.length === 0) return Promise.resolve([]);
    return timeStageAsync('writing', () =>
      this.scope.transaction(accountId, async (tx) => {
        const now = new Date();
        const quickBooksIds = invoices.map((item) => item.record.quickBooksId);
        const recorded = importId ? await this.recordedOutcomes(tx, importId, quickBooksIds) : new Map();
        const pending = invoices.filter((item) => !recorded.has(item.record.quickBooksId));
        const linked = await findLinkedInvoices(
          tx,
          pending.map((item) => item.record.quickBooksId),
          { forUpdate: true },
        );
        const applied = timeStage('rules (within writing)', () =>
          applyQuickBooksInvoices(accountId, pending, linked, now),
        );
        for (const invoice of applied.revised) this.reportMismatch(invoice);
        for (const invoice of linked.values()) this.outbox.record(tx, ...invoice.pullEvents());
        // New rows go in as multi-row inserts, without the unit of work's per-entity bookkeeping.
        await bulkInsert(tx, Invoice, applied.created);
        if (applied.created.length > 0)
          this.outbox.record(
            tx,
            new InvoicesImportedEvent(
              accountId,
              applied.created.map((invoice) => invoice.id),
            ),
          );
        if (importId) {
          // One outcome per invoice (its last, should a page list an invoice twice).
          const fresh = new Map(applied.outcomes.map((outcome) => [outcome.quickBooksId, outcome]));
          const recordedNow = [...fresh.values()].map((outcome) => ImportOutcome.of(accountId, importId, outcome, now));
          await bulkInsert(tx, ImportOutcome, recordedNow);
        }
        let next = 0;
        return invoices.map((item) => recorded.get(item.record.quickBooksId) ?? applied.outcomes[next++]);
      }),
    );
  }

  private async recordedOutcomes(
    tx: EntityManager,
    importId: string,
    quickBooksIds: string[],
  ): Promise<Map<string, InvoiceUpsertOutcome>> {
    const rows = await findEachByKey(tx, ImportOutcome, 'quickBooksId', quickBooksIds, { where: { importId } });
    return new Map(rows.map((row) => [row.quickBooksId, row.toOutcome()]));
  }

  private reportMismatch(invoice: Invoice): void {
    const mismatch = invoice.totalsMismatchDetail();
    if (!mismatch) return;
    this.logger.warn(
      {
        invoiceId: invoice.id,
        quickBooksId: invoice.quickBooksId,
        currency: invoice.currency,
        quickBooksTotalMinor: mismatch.quickBooksTotalMinor.toString(),
        computedTotalMinor: mismatch.computedTotalMinor.toString(),
        differenceMinor: (mismatch.quickBooksTotalMinor - mismatch.computedTotalMinor).toString(),
      },
      "Settle's invoice total differs from QuickBooks' TotalAmt; QuickBooks' figure stands",
    );
  }
}
