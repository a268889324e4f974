import { Injectable } from '@nestjs/common';
import type { QboInvoice, QboPayment } from '../../../../../libs/quickbooks/qbo-types';
import type { QuickBooksCompanyRef } from '../../domain/quickbooks-company.ref';
import type { QuickBooksConnection } from '../../domain/quickbooks-connection';
import {
  amountToApply,
  minorUnitsOf,
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
import { type PaymentReferences, QuickBooksPaymentReferences } from './quickbooks-payment-references';

/** QuickBooks' "Invalid Reference Id": something the write names has been made inactive. */
const INVALID_REFERENCE = '2500';

/** The Payment QuickBooks holds for a Settle payment. */
export interface WrittenPayment {
  id: string;
  syncToken: string;
}

/**
 * Writes one Settle payment as a QuickBooks Payment: for the invoice's customer and currency
 * (with QuickBooks' exchange rate for a foreign currency), into Undeposited Funds (found by its
 * detail type), with its PaymentMethod found or made (both kept on the connection), one line applying at most the invoice's open
 * balance (the rest left unapplied, a credit), and `requestid` from the payment id on every try.
 * After a try that may have reached QuickBooks, a Payment with the same reference naming this
 * payment is adopted instead of making another.
 */
@Injectable()
export class QuickBooksPaymentWriter {
  constructor(
    private readonly client: QuickBooksApiClient,
    private readonly references: QuickBooksPaymentReferences,
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
    const requestId = paymentRequestId(write.paymentId, write.round);
    const references = await this.references.of(company, connection, write.methodName, requestId);
    try {
      return await this.create(company, { ...body, ...refer(references) }, requestId);
    } catch (error) {
      if (!(references.kept && isInvalidReference(error))) throw error;
      // A kept account or method was made inactive in QuickBooks: QuickBooks wrote nothing, so look again.
      const fresh = await this.references.of(company, connection, write.methodName, requestId, true);
      return this.create(company, { ...body, ...refer(fresh) }, `${requestId.slice(0, 46)}-rf`);
    }
  }

  private async create(
    company: QuickBooksCompanyRef,
    body: Record<string, unknown>,
    requestId: string,
  ): Promise<WrittenPayment> {
    const payment = await this.client.create<QboPayment>(company, 'Payment', body, requestId);
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
}

function refer(references: PaymentReferences): Record<string, unknown> {
  return {
    DepositToAccountRef: { value: references.depositToAccountId },
    PaymentMethodRef: { value: references.paymentMethodId },
  };
}

function isInvalidReference(error: unknown): boolean {
  return error instanceof QuickBooksFaultError && error.code === INVALID_REFERENCE;
}
