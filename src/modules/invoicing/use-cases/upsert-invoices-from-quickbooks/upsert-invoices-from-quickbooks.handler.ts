import { Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { bulkInsert } from '../../../../platform/database/bulk-insert';
import { bulkUpdate } from '../../../../platform/database/bulk-update';
import { timeStage, timeStageAsync } from '../../../../platform/metrics/stage-timing';
import { Outbox } from '../../../../platform/outbox/outbox';
import { InvoicesImportedEvent, UpsertInvoicesFromQuickBooksCommand, type InvoiceUpsertOutcome } from '../../contracts';
import { Invoice } from '../../domain/invoice';
import { applyQuickBooksInvoices } from '../../domain/quickbooks-invoice-revisions';
import { findLinkedInvoices } from '../../infrastructure/linked-invoices';

/**
 * One page of QuickBooks invoices in one transaction with a fixed number of queries whatever its
 * size: the invoices already linked, the new ones in one COPY, the changed ones in one UPDATE, and
 * the outbox events.
 */
@CommandHandler(UpsertInvoicesFromQuickBooksCommand)
export class UpsertInvoicesFromQuickBooksHandler implements ICommandHandler<UpsertInvoicesFromQuickBooksCommand> {
  private readonly logger = new Logger('Invoicing');

  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
  ) {}

  execute({ accountId, invoices }: UpsertInvoicesFromQuickBooksCommand): Promise<InvoiceUpsertOutcome[]> {
    if (invoices.length === 0) return Promise.resolve([]);
    return timeStageAsync('writing', () =>
      this.scope.transaction(accountId, async (tx) => {
        const now = new Date();
        const linked = await findLinkedInvoices(
          tx,
          invoices.map((item) => item.record.quickBooksId),
          { forUpdate: true },
        );
        const applied = timeStage('rules (within writing)', () =>
          applyQuickBooksInvoices(accountId, invoices, linked, now),
        );
        for (const invoice of applied.revised) this.reportMismatch(invoice);
        for (const invoice of linked.values()) this.outbox.record(tx, ...invoice.pullEvents());
        // Without the unit of work's per-entity bookkeeping: new rows in one COPY, changed ones in one UPDATE.
        await bulkInsert(tx, Invoice, applied.created);
        await bulkUpdate(tx, Invoice, applied.changed);
        if (applied.created.length > 0)
          this.outbox.record(
            tx,
            new InvoicesImportedEvent(
              accountId,
              applied.created.map((invoice) => invoice.id),
            ),
          );
        return applied.outcomes;
      }),
    );
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
