import { faults } from '../faults';
import { metaDataTime } from '../http/qbo-time';
import type {
  QboAccount,
  QboCustomer,
  QboEntityBase,
  QboInvoice,
  QboLine,
  QboPayment,
  QboRef,
} from '../../../quickbooks/qbo-types';
import type { Company } from '../store/company';
import { WRITABLE_ENTITIES, type EntityName, type EntityTypes } from '../store/entity-name';
import { fromUnits, toUnits } from '../store/sandbox-amounts';
import type { ChangeListener, ChangeOperation } from '../webhooks/change-event';
import { amountPaid, invoiceTotal, voidedInvoice } from './invoice-rules';
import { checkPaymentMethod } from './payment-method-rules';
import { appliedToInvoices, applyToInvoice, checkPayment, checkPaymentReferences } from './payment-rules';

export type EntityBody = Record<string, unknown>;

export interface DeletedAnswer {
  status: 'Deleted';
  domain: 'QBO';
  Id: string;
}

/** DeliveryInfo is read-only too ("Returned when a request has been made to deliver email"): only /send sets it. */
const READ_ONLY_FIELDS = ['Id', 'MetaData', 'domain', 'SyncToken', 'DeliveryInfo'] as const;
/** PrivateNote's limit on Invoice and Payment (Intuit's entity references). */
const PRIVATE_NOTE_MAX_LENGTH = 4000;
const VOIDABLE: ReadonlySet<EntityName> = new Set<EntityName>(['Invoice', 'Payment']);
const DELETABLE: ReadonlySet<EntityName> = new Set<EntityName>(['Invoice', 'Payment']);

function requireString(body: EntityBody, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '') throw faults.requiredParam(field);
  return value;
}

function checkLengths(row: EntityBody): void {
  const note = row.PrivateNote;
  if (typeof note === 'string' && note.length > PRIVATE_NOTE_MAX_LENGTH)
    throw faults.stringLength('PrivateNote', PRIVATE_NOTE_MAX_LENGTH, note.length);
}

function refValue(body: EntityBody, field: string): string {
  const ref = body[field] as { value?: unknown } | undefined;
  if (!ref || typeof ref.value !== 'string') throw faults.requiredParam(field);
  return ref.value;
}

/**
 * The writes of the Accounting API and of a QuickBooks user, with QuickBooks' rules: SyncToken
 * checks, invoice totals and balances, payments applied to invoices, void and delete. Every change
 * is reported to the listener (which feeds webhooks).
 */
export class EntityService {
  constructor(private readonly notify: ChangeListener) {}

  read<K extends EntityName>(company: Company, entity: K, id: string): EntityTypes[K] {
    const row = company.table(entity).get(id);
    if (!row) throw faults.objectNotFound(entity, id);
    return structuredClone(row);
  }

  create<K extends EntityName>(company: Company, entity: K, body: EntityBody): EntityTypes[K] {
    this.assertWritable(entity);
    const now = new Date();
    const table = company.table(entity);
    const fields = { ...body };
    for (const field of READ_ONLY_FIELDS) delete fields[field];
    delete fields.sparse;
    const id = table.allocateId();
    const base: QboEntityBase = {
      ...fields,
      Id: id,
      SyncToken: '0',
      domain: 'QBO',
      sparse: false,
      MetaData: { CreateTime: metaDataTime(now), LastUpdatedTime: metaDataTime(now) },
    };
    const row = this.prepareNew(company, entity, base) as EntityTypes[K];
    checkLengths(row);
    if (entity === 'Payment') this.applyPayment(company, row as QboPayment, now);
    table.insert(row, now.getTime());
    if (entity === 'Invoice')
      this.adjustCustomerBalance(company, row as QboInvoice, toUnits((row as QboInvoice).Balance));
    this.emit(company, entity, id, 'Create', row.MetaData.LastUpdatedTime);
    return structuredClone(row);
  }

  update<K extends EntityName>(company: Company, entity: K, body: EntityBody): EntityTypes[K] {
    this.assertWritable(entity);
    const current = this.current(company, entity, body);
    const now = new Date();
    const fields = { ...body };
    const sparse = fields.sparse === true;
    for (const field of READ_ONLY_FIELDS) delete fields[field];
    delete fields.sparse;
    const kept = sparse ? current : this.keptOnFullUpdate(entity, current);
    let next = { ...kept, ...fields, Id: current.Id, domain: 'QBO', sparse: false } as EntityTypes[K];
    if (entity === 'Invoice')
      next = this.recomputeInvoice(current as QboInvoice, next as QboInvoice, fields) as EntityTypes[K];
    checkLengths(next);
    if (entity === 'PaymentMethod') checkPaymentMethod(company, next, current.Id);
    if (entity === 'Payment') this.reapplyPayment(company, current as QboPayment, next as QboPayment, now);
    const saved = this.save(company, entity, next, now, current);
    if (entity === 'Invoice') {
      this.adjustCustomerBalance(
        company,
        saved as QboInvoice,
        toUnits((saved as QboInvoice).Balance) - toUnits((current as QboInvoice).Balance),
      );
    }
    this.emit(company, entity, saved.Id, 'Update', saved.MetaData.LastUpdatedTime);
    return structuredClone(saved);
  }

  /**
   * POST /invoice/{id}/send: QuickBooks emails the invoice (to `sendTo`, which also replaces
   * BillEmail, or to BillEmail), sets EmailStatus to EmailSent and fills DeliveryInfo. The sandbox
   * records the email instead of sending it, so a test can prove that nothing was emailed.
   */
  send(company: Company, id: string, sendTo: string | undefined): QboInvoice {
    const current = this.read(company, 'Invoice', id);
    const to = sendTo ?? current.BillEmail?.Address;
    if (!to) throw faults.requiredParam('BillEmail');
    const now = new Date();
    const emailed: QboInvoice = {
      ...current,
      BillEmail: { Address: to },
      EmailStatus: 'EmailSent',
      DeliveryInfo: { DeliveryType: 'Email', DeliveryTime: metaDataTime(now) },
    };
    const saved = this.save(company, 'Invoice', emailed, now, current);
    company.emails.push({ invoiceId: id, to, at: now.toISOString() });
    this.emit(company, 'Invoice', id, 'Update', saved.MetaData.LastUpdatedTime);
    return structuredClone(saved);
  }

  void<K extends EntityName>(company: Company, entity: K, body: EntityBody): EntityTypes[K] {
    if (!VOIDABLE.has(entity)) throw faults.unsupportedOperation(`Operation void is not supported for ${entity}.`);
    const current = this.current(company, entity, body);
    const now = new Date();
    let saved: EntityTypes[K];
    if (entity === 'Invoice') {
      const invoice = current as QboInvoice;
      this.adjustCustomerBalance(company, invoice, -toUnits(invoice.Balance));
      saved = this.save(company, entity, voidedInvoice(invoice) as EntityTypes[K], now, current);
    } else {
      const payment = current as QboPayment;
      this.unapplyPayment(company, payment, now);
      const voided: QboPayment = {
        ...payment,
        TotalAmt: 0,
        UnappliedAmt: 0,
        Line: [],
        PrivateNote: payment.PrivateNote ? `Voided - ${payment.PrivateNote}` : 'Voided',
      };
      saved = this.save(company, entity, voided as EntityTypes[K], now, current);
    }
    this.emit(company, entity, saved.Id, 'Void', saved.MetaData.LastUpdatedTime);
    return structuredClone(saved);
  }

  delete(company: Company, entity: EntityName, body: EntityBody): DeletedAnswer {
    if (!DELETABLE.has(entity)) throw faults.unsupportedOperation(`Operation delete is not supported for ${entity}.`);
    const current = this.current(company, entity, body);
    const now = new Date();
    if (entity === 'Invoice')
      this.adjustCustomerBalance(company, current as QboInvoice, -toUnits((current as QboInvoice).Balance));
    if (entity === 'Payment') this.unapplyPayment(company, current as QboPayment, now);
    const lastUpdated = metaDataTime(now);
    company
      .table(entity)
      .remove(current.Id, now.getTime(), { CreateTime: current.MetaData.CreateTime, LastUpdatedTime: lastUpdated });
    this.emit(company, entity, current.Id, 'Delete', lastUpdated);
    return { status: 'Deleted', domain: 'QBO', Id: current.Id };
  }

  private assertWritable(entity: EntityName): void {
    if (!WRITABLE_ENTITIES.has(entity)) throw faults.unsupportedOperation(`Operation not supported for ${entity}.`);
  }

  /** The stored row a write names, after the checks QuickBooks makes on Id and SyncToken. */
  private current<K extends EntityName>(company: Company, entity: K, body: EntityBody): EntityTypes[K] {
    const id = requireString(body, 'Id');
    const syncToken = body.SyncToken;
    if (typeof syncToken !== 'string' && typeof syncToken !== 'number') throw faults.requiredParam('SyncToken');
    const row = company.table(entity).get(id);
    if (!row) throw faults.objectNotFound(entity, id);
    if (String(syncToken) !== row.SyncToken) throw faults.staleObject(id, String(syncToken));
    return row;
  }

  private save<K extends EntityName>(
    company: Company,
    entity: K,
    next: EntityTypes[K],
    now: Date,
    previous: EntityTypes[K],
  ): EntityTypes[K] {
    const saved = {
      ...next,
      SyncToken: String(Number(previous.SyncToken) + 1),
      MetaData: { ...previous.MetaData, LastUpdatedTime: metaDataTime(now) },
    } as EntityTypes[K];
    company.table(entity).replace(saved, now.getTime());
    return saved;
  }

  private keptOnFullUpdate<K extends EntityName>(entity: K, current: EntityTypes[K]): Partial<EntityTypes[K]> {
    const kept: Record<string, unknown> = { MetaData: current.MetaData, SyncToken: current.SyncToken };
    if (entity === 'Customer') kept.Balance = (current as QboCustomer).Balance;
    if (entity === 'Invoice') {
      const invoice = current as QboInvoice;
      Object.assign(kept, {
        LinkedTxn: invoice.LinkedTxn,
        TotalAmt: invoice.TotalAmt,
        Balance: invoice.Balance,
        CurrencyRef: invoice.CurrencyRef,
      });
    }
    return kept as Partial<EntityTypes[K]>;
  }

  private prepareNew(company: Company, entity: EntityName, row: QboEntityBase): QboEntityBase {
    const home = company.preferences.CurrencyPrefs.HomeCurrency.value;
    switch (entity) {
      case 'Customer': {
        const displayName =
          (row.DisplayName as string | undefined) ??
          ([row.GivenName, row.FamilyName].filter(Boolean).join(' ') || (row.CompanyName as string | undefined));
        if (!displayName) throw faults.requiredParam('DisplayName');
        return { Active: true, Balance: 0, CurrencyRef: { value: home }, ...row, DisplayName: displayName };
      }
      case 'Invoice': {
        const customer = this.customerRef(company, row);
        const lines = row.Line;
        if (!Array.isArray(lines) || lines.length === 0) throw faults.requiredParam('Line');
        const invoice: QboInvoice = {
          TxnDate: new Date().toISOString().slice(0, 10),
          CurrencyRef: { value: home },
          EmailStatus: 'NotSet',
          LinkedTxn: [],
          DocNumber: row.Id,
          ...row,
          CustomerRef: customer,
          Line: lines as QboLine[],
          TotalAmt: 0,
          Balance: 0,
        };
        const total = typeof row.TotalAmt === 'number' ? row.TotalAmt : invoiceTotal(invoice);
        return { ...invoice, TotalAmt: total, Balance: total };
      }
      case 'Payment': {
        const customer = this.customerRef(company, row);
        if (typeof row.TotalAmt !== 'number') throw faults.requiredParam('TotalAmt');
        const payment: QboPayment = {
          TxnDate: new Date().toISOString().slice(0, 10),
          CurrencyRef: { value: home },
          Line: [],
          ...row,
          DepositToAccountRef: (row.DepositToAccountRef as QboRef | undefined) ?? this.undepositedFundsRef(company),
          CustomerRef: customer,
          TotalAmt: row.TotalAmt,
        };
        checkPayment(company, payment);
        checkPaymentReferences(company, payment, row.CurrencyRef !== undefined);
        let applied = 0;
        for (const line of payment.Line) applied += toUnits(line.Amount);
        return { ...payment, UnappliedAmt: fromUnits(toUnits(payment.TotalAmt) - applied) };
      }
      case 'PaymentMethod':
        checkPaymentMethod(company, row);
        return { Active: true, Type: 'NON_CREDIT_CARD', ...row };
      default:
        requireString(row, 'Name');
        return { Active: true, ...row };
    }
  }

  private customerRef(company: Company, row: EntityBody): { value: string; name?: string } {
    const id = refValue(row, 'CustomerRef');
    const customer = company.table('Customer').get(id);
    if (!customer) throw faults.invalidReference('CustomerRef', id);
    return { value: id, name: customer.DisplayName };
  }

  /** With no DepositToAccountRef QuickBooks deposits to Undeposited Funds, made on first use if missing. */
  private undepositedFundsRef(company: Company): { value: string; name: string } {
    const accounts = company.table('Account');
    for (const id of accounts.idsInOrder()) {
      const account = accounts.get(id) as QboAccount;
      if (account.AccountSubType === 'UndepositedFunds') return { value: account.Id, name: account.Name };
    }
    const now = new Date();
    const account: QboAccount = {
      Id: accounts.allocateId(),
      SyncToken: '0',
      domain: 'QBO',
      sparse: false,
      Name: 'Undeposited Funds',
      AccountType: 'Other Current Asset',
      AccountSubType: 'UndepositedFunds',
      Classification: 'Asset',
      Active: true,
      MetaData: { CreateTime: metaDataTime(now), LastUpdatedTime: metaDataTime(now) },
    };
    accounts.insert(account, now.getTime());
    return { value: account.Id, name: account.Name };
  }

  private recomputeInvoice(current: QboInvoice, next: QboInvoice, fields: EntityBody): QboInvoice {
    if (typeof fields.TotalAmt === 'number' || (fields.Line === undefined && fields.TxnTaxDetail === undefined)) {
      return { ...next, Balance: current.Balance, LinkedTxn: current.LinkedTxn };
    }
    const total = invoiceTotal(next);
    const paid = amountPaid(current);
    if (toUnits(total) < toUnits(paid)) {
      throw faults.businessValidation('The invoice total cannot be less than the payments applied to it.');
    }
    return {
      ...next,
      TotalAmt: total,
      Balance: fromUnits(toUnits(total) - toUnits(paid)),
      LinkedTxn: current.LinkedTxn,
    };
  }

  private applyPayment(company: Company, payment: QboPayment, now: Date): void {
    for (const [invoiceId, units] of appliedToInvoices(payment)) {
      this.touchInvoice(company, invoiceId, payment.Id, -units, true, now);
    }
  }

  private unapplyPayment(company: Company, payment: QboPayment, now: Date): void {
    for (const [invoiceId, units] of appliedToInvoices(payment)) {
      if (company.table('Invoice').get(invoiceId)) this.touchInvoice(company, invoiceId, payment.Id, units, false, now);
    }
  }

  private reapplyPayment(company: Company, current: QboPayment, next: QboPayment, now: Date): void {
    checkPayment(company, next, appliedToInvoices(current));
    this.unapplyPayment(company, current, now);
    this.applyPayment(company, next, now);
    let applied = 0;
    for (const line of next.Line ?? []) applied += toUnits(line.Amount);
    next.UnappliedAmt = fromUnits(toUnits(next.TotalAmt) - applied);
  }

  private touchInvoice(
    company: Company,
    invoiceId: string,
    paymentId: string,
    units: number,
    link: boolean,
    now: Date,
  ): void {
    const invoice = company.table('Invoice').get(invoiceId);
    if (!invoice) return;
    const saved = this.save(company, 'Invoice', applyToInvoice(invoice, paymentId, units, link), now, invoice);
    this.adjustCustomerBalance(company, saved, units);
    this.emit(company, 'Invoice', invoiceId, 'Update', saved.MetaData.LastUpdatedTime);
  }

  /** Customer.Balance follows its open invoices; the sandbox leaves the customer's SyncToken alone for it. */
  private adjustCustomerBalance(company: Company, invoice: QboInvoice, units: number): void {
    const customer = company.table('Customer').get(invoice.CustomerRef.value);
    if (!customer || units === 0) return;
    customer.Balance = fromUnits(toUnits(customer.Balance) + units);
  }

  private emit(
    company: Company,
    entity: EntityName,
    id: string,
    operation: ChangeOperation,
    lastUpdated: string,
  ): void {
    this.notify({ realmId: company.realmId, entity, id, operation, lastUpdated });
  }
}
