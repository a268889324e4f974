import { EntityManager } from '@mikro-orm/postgresql';
import { Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { bulkInsert } from '../../../../platform/database/bulk-insert';
import { Outbox } from '../../../../platform/outbox/outbox';
import { TenantScope } from '../../../../platform/tenancy/tenant-scope';
import {
  UpsertInvoicesFromQuickBooksCommand,
  type InvoiceUpsertOutcome,
  type QuickBooksInvoiceRecord,
} from '../../contracts';
import { Invoice, type QuickBooksApplyOutcome } from '../../domain/invoice';
import { ImportOutcome } from '../../infrastructure/import-outcome';

type PageItem = UpsertInvoicesFromQuickBooksCommand['invoices'][number];

/**
 * One page of QuickBooks invoices in one transaction with a fixed number of queries whatever its
 * size: the outcomes already recorded for this import, the invoices already linked, then one
 * batched flush (multi-row inserts and updates, the outbox events, the new outcomes).
 */
@CommandHandler(UpsertInvoicesFromQuickBooksCommand)
export class UpsertInvoicesFromQuickBooksHandler implements ICommandHandler<UpsertInvoicesFromQuickBooksCommand> {
  private readonly logger = new Logger('Invoicing');

  constructor(
    private readonly tenantScope: TenantScope,
    private readonly outbox: Outbox,
  ) {}

  execute({ accountId, invoices, importId }: UpsertInvoicesFromQuickBooksCommand): Promise<InvoiceUpsertOutcome[]> {
    if (invoices.length === 0) return Promise.resolve([]);
    return this.tenantScope.run(accountId, (em) =>
      em.transactional(async (tx) => {
        const now = new Date();
        const quickBooksIds = [...new Set(invoices.map((item) => item.record.quickBooksId))];
        const recorded = importId ? await this.recordedOutcomes(tx, importId, quickBooksIds) : new Map();
        const pending = quickBooksIds.filter((id) => !recorded.has(id));
        const linked = new Map(
          pending.length === 0
            ? []
            : (await tx.find(Invoice, { quickBooksId: { $in: pending } })).map((invoice) => [
                invoice.quickBooksId as string,
                invoice,
              ]),
        );
        const fresh = new Map<string, InvoiceUpsertOutcome>();
        const created: Invoice[] = [];
        const outcomes = invoices.map((item) => {
          const earlier = recorded.get(item.record.quickBooksId);
          if (earlier) return earlier;
          const outcome = this.apply(accountId, item, linked, created, now);
          fresh.set(outcome.quickBooksId, outcome);
          return outcome;
        });
        for (const invoice of linked.values()) this.outbox.record(tx, ...invoice.pullEvents());
        // New rows go in as multi-row inserts, without the unit of work's per-entity bookkeeping.
        await bulkInsert(tx, Invoice, created);
        if (importId) {
          const recordedNow = [...fresh.values()].map((outcome) => ImportOutcome.of(accountId, importId, outcome, now));
          await bulkInsert(tx, ImportOutcome, recordedNow);
        }
        return outcomes;
      }),
    );
  }

  private async recordedOutcomes(
    tx: EntityManager,
    importId: string,
    quickBooksIds: string[],
  ): Promise<Map<string, InvoiceUpsertOutcome>> {
    const rows = await tx.find(ImportOutcome, { importId, quickBooksId: { $in: quickBooksIds } });
    return new Map(rows.map((row) => [row.quickBooksId, row.toOutcome()]));
  }

  private apply(
    accountId: string,
    { record, contactId }: PageItem,
    linked: Map<string, Invoice>,
    created: Invoice[],
    now: Date,
  ): InvoiceUpsertOutcome {
    const existing = linked.get(record.quickBooksId);
    if (existing) {
      const applied = existing.applyQuickBooksRevision(record, contactId, now);
      if (applied.result === 'updated') this.reportMismatch(existing);
      return outcomeOf(record, existing.id, applied);
    }
    if (record.voided) return outcomeOf(record, null, { result: 'skipped', reasons: ['voided in QuickBooks'] });
    const invoice = Invoice.importFromQuickBooks({ accountId, contactId, record, now });
    created.push(invoice);
    linked.set(record.quickBooksId, invoice);
    this.reportMismatch(invoice);
    return outcomeOf(record, invoice.id, { result: 'created', reasons: [] });
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

function outcomeOf(
  record: QuickBooksInvoiceRecord,
  invoiceId: string | null,
  applied: QuickBooksApplyOutcome,
): InvoiceUpsertOutcome {
  return { quickBooksId: record.quickBooksId, docNumber: record.docNumber, invoiceId, ...applied };
}
