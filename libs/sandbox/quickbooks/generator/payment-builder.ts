import { Money } from '../../../money';
import type { QboCompanyData, QboPayment } from '../../../quickbooks/qbo-types';
import { BuildContext, buildContext } from './build-context';
import { currencyRef } from './company-setup';
import { nextTransactionId, todayInLondon } from './next-ids';
import { pacificTimestamp } from './entity-metadata';

export interface BuildPaymentInput {
  customerId: string;
  /** Invoices paid and how much of each (decimal strings or JSON numbers, invoice currency). */
  applications: readonly { invoiceId: string; amount: string | number }[];
  /** Default: the customer's currency. */
  currency?: string;
  /** Default: Σ applications; more than that leaves UnappliedAmt. */
  totalAmount?: string | number;
  exchangeRate?: string | number;
  txnDate?: string;
  id?: string;
  paymentMethodId?: string;
  /** Default: Undeposited Funds. */
  depositToAccountId?: string;
  paymentRefNum?: string;
  privateNote?: string;
  createdAtSecond?: number;
}

/**
 * A Payment as QuickBooks stores it: Line[] links each invoice paid (TxnType "Invoice"); money
 * not applied to an invoice is UnappliedAmt; DepositToAccountRef defaults to Undeposited Funds.
 * Use applyPaymentToInvoice for the other side of the link.
 */
export function buildPayment(company: QboCompanyData, input: BuildPaymentInput): QboPayment {
  return buildPaymentInContext(buildContext(company), { ...input, id: input.id ?? nextTransactionId(company) });
}

export function buildPaymentInContext(context: BuildContext, input: BuildPaymentInput & { id: string }): QboPayment {
  const customer = context.customer(input.customerId);
  const currency = input.currency ?? customer.CurrencyRef?.value ?? context.homeCurrency;
  const applied = input.applications.map((application) => ({
    ...application,
    amount: Money.parse(application.amount, currency),
  }));
  const appliedTotal = Money.sum(
    applied.map((application) => application.amount),
    currency,
  );
  const total = input.totalAmount === undefined ? appliedTotal : Money.parse(input.totalAmount, currency);
  if (total.lessThan(appliedTotal)) throw new Error('a payment cannot apply more than its total');
  const txnDate = input.txnDate ?? todayInLondon();
  const time = pacificTimestamp(txnDate, input.createdAtSecond ?? 43_200);
  return {
    Id: input.id,
    SyncToken: '0',
    domain: 'QBO',
    sparse: false,
    MetaData: { CreateTime: time, LastUpdatedTime: time },
    TxnDate: txnDate,
    CurrencyRef: currencyRef(currency),
    ExchangeRate: Number(input.exchangeRate ?? 1),
    ...(input.privateNote ? { PrivateNote: input.privateNote } : {}),
    Line: applied.map((application) => ({
      Amount: application.amount.toNumber(),
      LinkedTxn: [{ TxnId: application.invoiceId, TxnType: 'Invoice' }],
    })),
    CustomerRef: { value: customer.Id, name: customer.DisplayName },
    DepositToAccountRef: { value: input.depositToAccountId ?? context.undepositedFundsId },
    ...(input.paymentMethodId ? { PaymentMethodRef: { value: input.paymentMethodId } } : {}),
    ...(input.paymentRefNum ? { PaymentRefNum: input.paymentRefNum } : {}),
    TotalAmt: total.toNumber(),
    UnappliedAmt: total.subtract(appliedTotal).toNumber(),
    ProcessPayment: false,
  };
}
