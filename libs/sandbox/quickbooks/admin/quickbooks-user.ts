import type { EntityBody } from '../api/entity-service';
import { QboFault } from '../faults';
import type { QboCustomer, QboInvoice, QboPayment } from '../../../quickbooks/qbo-types';
import type { SandboxContext } from '../sandbox-context';
import type { Company } from '../store/company';
import type { EntityName, EntityTypes } from '../store/entity-name';

export interface ReceivePayment {
  invoiceId: string;
  amount: number;
  /** Any other Payment fields (TxnDate, PaymentMethodRef, DepositToAccountRef, PrivateNote...). */
  fields?: EntityBody;
}

/**
 * What a person does in QuickBooks' own screens: no SyncToken to send, same rules and webhooks as
 * the API. Used by the admin endpoint and the programmatic API for tests and demos.
 */
export class QuickBooksUser {
  constructor(private readonly ctx: SandboxContext) {}

  read<K extends EntityName>(realmId: string, entity: K, id: string): EntityTypes[K] {
    return this.ctx.entities.read(this.company(realmId), entity, id);
  }

  createCustomer(realmId: string, fields: EntityBody): QboCustomer {
    return this.ctx.entities.create(this.company(realmId), 'Customer', fields);
  }

  updateCustomer(realmId: string, id: string, fields: EntityBody): QboCustomer {
    return this.update(realmId, 'Customer', id, fields);
  }

  /** QuickBooks cannot delete a customer; "delete" in its screens makes the customer inactive. */
  deleteCustomer(realmId: string, id: string): QboCustomer {
    return this.update(realmId, 'Customer', id, { Active: false });
  }

  createInvoice(realmId: string, fields: EntityBody): QboInvoice {
    return this.ctx.entities.create(this.company(realmId), 'Invoice', fields);
  }

  updateInvoice(realmId: string, id: string, fields: EntityBody): QboInvoice {
    return this.update(realmId, 'Invoice', id, fields);
  }

  voidInvoice(realmId: string, id: string): QboInvoice {
    const company = this.company(realmId);
    return this.ctx.entities.void(company, 'Invoice', this.versionOf(company, 'Invoice', id));
  }

  deleteInvoice(realmId: string, id: string): void {
    const company = this.company(realmId);
    this.ctx.entities.delete(company, 'Invoice', this.versionOf(company, 'Invoice', id));
  }

  /** "Make inactive" in QuickBooks' list of payment methods. */
  deactivatePaymentMethod(realmId: string, id: string): void {
    this.update(realmId, 'PaymentMethod', id, { Active: false });
  }

  receivePayment(realmId: string, payment: ReceivePayment): QboPayment {
    const company = this.company(realmId);
    const invoice = this.ctx.entities.read(company, 'Invoice', payment.invoiceId);
    return this.ctx.entities.create(company, 'Payment', {
      CustomerRef: { value: invoice.CustomerRef.value },
      CurrencyRef: invoice.CurrencyRef,
      TotalAmt: payment.amount,
      Line: [{ Amount: payment.amount, LinkedTxn: [{ TxnId: invoice.Id, TxnType: 'Invoice' }] }],
      ...payment.fields,
    });
  }

  private update<K extends EntityName>(realmId: string, entity: K, id: string, fields: EntityBody): EntityTypes[K] {
    const company = this.company(realmId);
    return this.ctx.entities.update(company, entity, {
      ...fields,
      ...this.versionOf(company, entity, id),
      sparse: true,
    });
  }

  private versionOf(company: Company, entity: EntityName, id: string): EntityBody {
    const current = this.ctx.entities.read(company, entity, id);
    return { Id: current.Id, SyncToken: current.SyncToken };
  }

  private company(realmId: string): Company {
    const company = this.ctx.company(realmId);
    if (!company)
      throw new QboFault(404, 'ValidationFault', '404', 'Company not found', `No company with realmId ${realmId}`);
    return company;
  }
}
