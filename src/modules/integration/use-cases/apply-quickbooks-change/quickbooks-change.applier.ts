import { Injectable, Logger } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { QboCustomer, QboInvoice, QboPayment } from '../../../../../libs/quickbooks/qbo-types';
import {
  PreviewInvoicesFromQuickBooksQuery,
  RemoveInvoiceDeletedInQuickBooksCommand,
  UpsertInvoicesFromQuickBooksCommand,
  type InvoiceUpsertOutcome,
  type QuickBooksInvoiceRecord,
} from '../../../invoicing/contracts';
import { timeStage, timeStageAsync } from '../../../../platform/metrics/stage-timing';
import type { QuickBooksChange } from '../../domain/quickbooks-change';
import type { QuickBooksCompanyRef } from '../../domain/quickbooks-company.ref';
import { UnpaidTotals } from '../../domain/unpaid-totals';
import { toQuickBooksInvoiceRecord } from '../../infrastructure/mapping';
import { QuickBooksObjectNotFoundError } from '../../domain/quickbooks.errors';
import { QuickBooksApiClient } from '../../infrastructure/quickbooks-api/quickbooks-api.client';
import type { QuickBooksEntity } from '../../infrastructure/quickbooks-api/quickbooks-api.types';
import { QuickBooksTaxContexts } from '../../infrastructure/quickbooks-tax-contexts';
import type { CustomerContact, CustomerIntake } from '../bring-in-quickbooks-customers/customer-contact';
import { QuickBooksCustomerContacts } from '../bring-in-quickbooks-customers/quickbooks-customer-contacts';
import type { QuickBooksContactsDryRun } from '../preview-quickbooks-import/quickbooks-contacts.dry-run';
import { asRevision, OwnInvoiceWrites } from './own-invoice-writes';
import { OwnPaymentWrites } from './own-payment-writes';

/** Said of a Payment Settle wrote itself (see OwnPaymentWrites). */
export const OWN_PAYMENT_REASON = "Settle's own payment in QuickBooks";

/** Said of an invoice revision Settle made itself (see OwnInvoiceWrites). */
export const OWN_WRITE_REASON = "Settle's own note in QuickBooks";

/**
 * A page of QuickBooks invoices as Settle's records, holding nothing of their JSON: an import maps
 * each page as soon as it is read, so that the JSON dies young instead of being carried (and
 * copied by the collector) while earlier pages are written.
 */
export interface MappedInvoices {
  records: QuickBooksInvoiceRecord[];
  /** The invoices that could not be mapped, with the reason. */
  skipped: InvoiceUpsertOutcome[];
  /** The QuickBooks ids of the invoices that are Settle's own writes. */
  own: Set<string>;
}

/** Mapped invoices whose customers have a contact, ready to hand over; the rest are skipped. */
type PreparedInvoices = Omit<MappedInvoices, 'records'> & {
  ready: { record: QuickBooksInvoiceRecord; contactId: string }[];
};

/**
 * The one path by which a QuickBooks change reaches Settle, whether a webhook or a CDC pass found
 * it: QuickBooks JSON becomes Settle's records here and goes to Contacts or Invoicing as their
 * commands. Answers a short description of what happened, for the notice's record.
 */
@Injectable()
export class QuickBooksChangeApplier {
  private readonly logger = new Logger(QuickBooksChangeApplier.name);

  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly customers: QuickBooksCustomerContacts,
    private readonly taxContexts: QuickBooksTaxContexts,
    private readonly ownWrites: OwnInvoiceWrites,
    private readonly ownPayments: OwnPaymentWrites,
    private readonly client: QuickBooksApiClient,
  ) {}

  async apply(change: QuickBooksChange, homeCurrency: string): Promise<string> {
    const { company } = change;
    if (change.kind === 'deleted') {
      if (change.entity === 'Invoice') {
        const outcome = await this.commands.execute(
          new RemoveInvoiceDeletedInQuickBooksCommand(company.accountId, change.entityId, change.deletedAt),
        );
        return `invoice ${change.entityId} deleted in QuickBooks: ${outcome.result}`;
      }
      if (change.entity === 'Payment' && (await this.ownPayments.wasOwn(company, change.entityId)))
        return `payment ${change.entityId} deleted in QuickBooks: ${OWN_PAYMENT_REASON}, written before; its invoice's own notice brings the balance`;
      return `${change.entity} ${change.entityId} deleted in QuickBooks: nothing to remove in Settle`;
    }
    if (change.entity === 'Customer') {
      const [outcome] = await this.customers.upsert(company, [change.data as QboCustomer]);
      return `customer ${outcome.quickBooksId}: ${outcome.result}${outcome.reasons.length ? ` (${outcome.reasons.join('; ')})` : ''}`;
    }
    if (change.entity === 'Invoice') {
      const [outcome] = await this.upsertInvoices(company, [change.data as QboInvoice], homeCurrency);
      return `invoice ${outcome.quickBooksId}: ${outcome.result}${outcome.reasons.length ? ` (${outcome.reasons.join('; ')})` : ''}`;
    }
    return this.applyPayment(company, change.data as unknown as QboPayment, homeCurrency);
  }

  /**
   * Settle's own Payment changes nothing (the invoice's balance came down in Settle first). A
   * Payment entered in QuickBooks re-reads the invoices it is applied to and hands them over like
   * any invoice update, so their balance in Settle follows at once.
   */
  private async applyPayment(company: QuickBooksCompanyRef, payment: QboPayment, homeCurrency: string) {
    if (await this.ownPayments.isOwn(company, payment)) return `payment ${String(payment.Id)}: ${OWN_PAYMENT_REASON}`;
    const invoiceIds = [
      ...new Set(
        (payment.Line ?? [])
          .flatMap((line) => line.LinkedTxn ?? [])
          .filter((linked) => linked.TxnType === 'Invoice')
          .map((linked) => String(linked.TxnId)),
      ),
    ];
    if (invoiceIds.length === 0) return `payment ${String(payment.Id)} entered in QuickBooks: applied to no invoice`;
    const invoices: QboInvoice[] = [];
    const gone: string[] = [];
    for (const id of invoiceIds) {
      try {
        invoices.push(await this.client.read<QboInvoice & QuickBooksEntity>(company, 'Invoice', id));
      } catch (error) {
        if (!(error instanceof QuickBooksObjectNotFoundError)) throw error;
        gone.push(`invoice ${id}: no longer in QuickBooks`);
      }
    }
    const outcomes = invoices.length ? await this.upsertInvoices(company, invoices, homeCurrency) : [];
    const described = outcomes.map((outcome) => `invoice ${outcome.quickBooksId}: ${outcome.result}`);
    return `payment ${String(payment.Id)} entered in QuickBooks: ${[...described, ...gone].join('; ')}`;
  }

  /**
   * Maps and hands over invoices (one page at most), resolving each customer's contact first. An
   * invoice that cannot be mapped, or whose customer has no contact, is skipped with its reason.
   */
  async upsertInvoices(
    company: QuickBooksCompanyRef,
    invoices: QboInvoice[],
    homeCurrency: string,
  ): Promise<InvoiceUpsertOutcome[]> {
    return this.upsertMapped(company, await this.mapInvoices(company, invoices, homeCurrency));
  }

  /** upsertInvoices for a page already mapped; `knownCustomers` as contactsOf takes it. */
  async upsertMapped(
    company: QuickBooksCompanyRef,
    mapped: MappedInvoices,
    knownCustomers: Map<string, CustomerContact> = new Map(),
  ): Promise<InvoiceUpsertOutcome[]> {
    const { ready, skipped, own } = await this.withContacts(company, mapped, knownCustomers, (customers) =>
      this.customers.upsert(company, customers),
    );
    const upserted = ready.length
      ? await this.commands.execute(new UpsertInvoicesFromQuickBooksCommand(company.accountId, ready))
      : [];
    return [...upserted.map((outcome) => withOwnWrite(outcome, own)), ...skipped];
  }

  /**
   * What upsertInvoices would do, writing nothing: customers are brought in by the dry run's
   * preview, and Invoicing previews the page by its upsert's rules. Also answers the unpaid total
   * (QuickBooks' Balance) of the invoices it would create or update, per currency.
   */
  async previewInvoices(
    company: QuickBooksCompanyRef,
    mapped: MappedInvoices,
    contacts: QuickBooksContactsDryRun,
  ): Promise<{ outcomes: InvoiceUpsertOutcome[]; unpaid: UnpaidTotals }> {
    const { ready, skipped, own } = await this.withContacts(company, mapped, contacts.known, (customers) =>
      contacts.preview(customers),
    );
    const previewed = ready.length
      ? await this.queries.execute(new PreviewInvoicesFromQuickBooksQuery(company.accountId, ready))
      : [];
    const unpaid = new UnpaidTotals();
    previewed.forEach((outcome, index) => {
      const { record } = ready[index];
      if (outcome.result === 'created' || outcome.result === 'updated')
        unpaid.add(record.currency, record.balanceMinor);
    });
    return { outcomes: [...previewed.map((outcome) => withOwnWrite(outcome, own)), ...skipped], unpaid };
  }

  /**
   * Maps invoices to Settle's records; one that cannot be mapped is skipped with the reason.
   * Settle's own writes become the revision Settle wrote on.
   */
  async mapInvoices(
    company: QuickBooksCompanyRef,
    invoices: QboInvoice[],
    homeCurrency: string,
  ): Promise<MappedInvoices> {
    const context = await this.taxContexts.of(company, homeCurrency);
    const bases = await this.ownWrites.basesOf(company, invoices);
    const records: QuickBooksInvoiceRecord[] = [];
    const skipped: InvoiceUpsertOutcome[] = [];
    timeStage('mapping', () => {
      for (const invoice of invoices) {
        try {
          const { record, warnings } = toQuickBooksInvoiceRecord(invoice, context);
          if (warnings.length > 0)
            this.logger.warn({ invoiceId: invoice.Id, warnings }, 'QuickBooks invoice mapped with warnings');
          const base = bases.get(record.quickBooksId);
          records.push(base ? asRevision(record, base) : record);
        } catch (error) {
          skipped.push(
            skip(String(invoice.Id), invoice.DocNumber ?? null, error instanceof Error ? error.message : String(error)),
          );
        }
      }
    });
    return { records, skipped, own: new Set(bases.keys()) };
  }

  /** Finds the customers' contacts of mapped invoices; skips those without one, with the reason. */
  private async withContacts(
    company: QuickBooksCompanyRef,
    { records, skipped, own }: MappedInvoices,
    knownCustomers: Map<string, CustomerContact>,
    intake: CustomerIntake,
  ): Promise<PreparedInvoices> {
    const contacts = await timeStageAsync('customers of invoices', () =>
      this.customers.contactsOf(
        company,
        records.map((record) => record.customerQuickBooksId),
        knownCustomers,
        intake,
      ),
    );
    const ready: { record: QuickBooksInvoiceRecord; contactId: string }[] = [];
    const unmatched: InvoiceUpsertOutcome[] = [];
    for (const record of records) {
      const contact = contacts.get(record.customerQuickBooksId) ?? { contactId: null, reason: 'no contact' };
      if (contact.contactId !== null) ready.push({ record, contactId: contact.contactId });
      else unmatched.push(skip(record.quickBooksId, record.docNumber, contact.reason));
    }
    return { ready, skipped: [...skipped, ...unmatched], own };
  }
}

function withOwnWrite(outcome: InvoiceUpsertOutcome, own: Set<string>): InvoiceUpsertOutcome {
  return own.has(outcome.quickBooksId) ? { ...outcome, reasons: [OWN_WRITE_REASON, ...outcome.reasons] } : outcome;
}

function skip(quickBooksId: string, docNumber: string | null, reason: string): InvoiceUpsertOutcome {
  return { quickBooksId, docNumber, result: 'skipped', invoiceId: null, reasons: [reason] };
}
