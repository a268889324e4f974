import { Injectable } from '@nestjs/common';
import type { QboInvoice, QboPayment, QboPaymentMethod } from '../../../../../libs/quickbooks/qbo-types';
import { AccountScope } from '../../../../platform/database/account-scope';
import type { QuickBooksCompanyRef } from '../../domain/quickbooks-company.ref';
import { QuickBooksConnection } from '../../domain/quickbooks-connection';
import {
  amountToApply,
  minorUnitsOf,
  paymentMethodName,
  paymentMethodType,
  paymentNote,
  paymentNoteTag,
  paymentRefNum,
  paymentRequestId,
  quickBooksAmount,
} from '../../domain/quickbooks-payment-fields';
import type { QuickBooksPaymentWrite } from '../../domain/quickbooks-payment-write';
import {
  QuickBooksFaultError,
  QuickBooksObjectNotFoundError,
  QuickBooksPaymentRefusedError,
} from '../../domain/quickbooks.errors';
import { QuickBooksApiClient } from '../../infrastructure/quickbooks-api/quickbooks-api.client';

/** QuickBooks' code for a name already in use (PaymentMethod, Customer...). */
const DUPLICATE_NAME = '6240';

/** The Payment QuickBooks holds for a Settle payment. */
export interface WrittenPayment {
  id: string;
  syncToken: string;
}

/**
 * Writes one Settle payment as a QuickBooks Payment: for the invoice's customer and currency
 * (with QuickBooks' exchange rate for a foreign currency), into Undeposited Funds (found by its
 * detail type), with its PaymentMethod found or made, one line applying at most the invoice's open
 * balance (the rest left unapplied, a credit), and `requestid` from the payment id on every try.
 * After a try that may have reached QuickBooks, a Payment with the same reference naming this
 * payment is adopted instead of making another.
 */
@Injectable()
export class QuickBooksPaymentWriter {
  constructor(
    private readonly scope: AccountScope,
    private readonly client: QuickBooksApiClient,
  ) {}

  async write(
    company: QuickBooksCompanyRef,
    connection: QuickBooksConnection,
    write: QuickBooksPaymentWrite,
  ): Promise<WrittenPayment> {
    const invoice = await this.invoice(company, write);
    const currency = invoice.CurrencyRef?.value ?? connection.homeCurrency;
    if (currency !== write.currency)
      throw new QuickBooksPaymentRefusedError(
        `The invoice is in ${currency} in QuickBooks, the payment in ${write.currency}`,
      );
    const refNum = paymentRefNum(write.paymentId, write.reference);
    if (write.attempts > 1 || write.round > 1) {
      const found = await this.findWritten(company, write, invoice, refNum);
      if (found) return found;
    }
    const applied = amountToApply(write.appliedMinor, minorUnitsOf(invoice.Balance, currency));
    const body: Record<string, unknown> = {
      CustomerRef: { value: invoice.CustomerRef.value },
      TotalAmt: quickBooksAmount(write.amountMinor, currency),
      TxnDate: write.paidOn,
      CurrencyRef: { value: currency },
      DepositToAccountRef: { value: await this.undepositedFunds(company, connection) },
      PaymentMethodRef: { value: await this.paymentMethod(company, write) },
      PaymentRefNum: refNum,
      PrivateNote: paymentNote(write.paymentId, write.methodName, write.reference),
      Line:
        applied > 0n
          ? [
              {
                Amount: quickBooksAmount(applied, currency),
                LinkedTxn: [{ TxnId: String(invoice.Id), TxnType: 'Invoice' }],
              },
            ]
          : [],
    };
    if (currency !== connection.homeCurrency)
      body.ExchangeRate = Number(await this.client.exchangeRate(company, currency, write.paidOn));
    const payment = await this.client.create<QboPayment>(company, 'Payment', body, paymentRequestId(write.paymentId));
    return { id: String(payment.Id), syncToken: String(payment.SyncToken) };
  }

  private async invoice(company: QuickBooksCompanyRef, write: QuickBooksPaymentWrite): Promise<QboInvoice> {
    try {
      return await this.client.read<QboInvoice>(company, 'Invoice', write.invoiceQuickBooksId);
    } catch (error) {
      if (error instanceof QuickBooksObjectNotFoundError)
        throw new QuickBooksPaymentRefusedError(`Invoice ${write.invoiceQuickBooksId} is no longer in QuickBooks`);
      throw error;
    }
  }

  /** A Payment an earlier try made (its answer lost): same reference, same customer, naming this payment. */
  private async findWritten(
    company: QuickBooksCompanyRef,
    write: QuickBooksPaymentWrite,
    invoice: QboInvoice,
    refNum: string,
  ): Promise<WrittenPayment | null> {
    const candidates = await this.client.query<QboPayment>(company, 'Payment', [
      { field: 'PaymentRefNum', op: '=', value: refNum },
    ]);
    const tag = `${paymentNoteTag(write.paymentId)} `;
    const hit = candidates.find(
      (payment) =>
        payment.CustomerRef?.value === invoice.CustomerRef.value && (payment.PrivateNote ?? '').startsWith(tag),
    );
    return hit ? { id: String(hit.Id), syncToken: String(hit.SyncToken) } : null;
  }

  /** The company's Undeposited Funds account, kept on the connection once found. */
  private async undepositedFunds(company: QuickBooksCompanyRef, connection: QuickBooksConnection): Promise<string> {
    if (connection.undepositedFundsAccountId) return connection.undepositedFundsAccountId;
    const account = await this.client.findUndepositedFundsAccount(company);
    if (!account)
      throw new QuickBooksPaymentRefusedError('QuickBooks has no active Undeposited Funds account to deposit into');
    await this.scope.transaction(company.accountId, async (em) => {
      const stored = await em.findOne(QuickBooksConnection, { id: company.connectionId });
      if (stored && stored.realmId === company.realmId) stored.undepositedFundsAccountId = String(account.Id);
    });
    return String(account.Id);
  }

  /** The PaymentMethod of that name: found, reactivated if made inactive, or made. */
  private async paymentMethod(company: QuickBooksCompanyRef, write: QuickBooksPaymentWrite): Promise<string> {
    const name = paymentMethodName(write.methodName);
    const active = await this.methodNamed(company, name, true);
    if (active) return String(active.Id);
    const inactive = await this.methodNamed(company, name, false);
    if (inactive) {
      const reactivated = await this.client.sparseUpdate<QboPaymentMethod>(company, 'PaymentMethod', {
        Id: String(inactive.Id),
        SyncToken: String(inactive.SyncToken),
        Active: true,
      });
      return String(reactivated.Id);
    }
    try {
      const made = await this.client.create<QboPaymentMethod>(
        company,
        'PaymentMethod',
        { Name: name, Type: paymentMethodType(name) },
        `${paymentRequestId(write.paymentId).slice(0, 46)}-pm`,
      );
      return String(made.Id);
    } catch (error) {
      // Made meanwhile by another payment's job: use that one.
      if (!(error instanceof QuickBooksFaultError && error.code === DUPLICATE_NAME)) throw error;
      const other = await this.methodNamed(company, name, true);
      if (!other) throw error;
      return String(other.Id);
    }
  }

  private async methodNamed(company: QuickBooksCompanyRef, name: string, active: boolean) {
    const [method] = await this.client.query<QboPaymentMethod>(company, 'PaymentMethod', [
      { field: 'Name', op: '=', value: name },
      { field: 'Active', op: '=', value: active },
    ]);
    return method ?? null;
  }
}
