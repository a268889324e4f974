import { faults } from '../faults';
import type { QboInvoice, QboPayment } from '../../../quickbooks/qbo-types';
import type { Company } from '../store/company';
import { fromUnits, toUnits } from '../store/sandbox-amounts';

/** Amount applied to each invoice by a payment's lines, in thousandths. */
export function appliedToInvoices(payment: Pick<QboPayment, 'Line'>): Map<string, number> {
  const applied = new Map<string, number>();
  for (const line of payment.Line ?? []) {
    for (const linked of line.LinkedTxn ?? []) {
      if (linked.TxnType !== 'Invoice') continue;
      applied.set(linked.TxnId, (applied.get(linked.TxnId) ?? 0) + toUnits(line.Amount));
    }
  }
  return applied;
}

/**
 * Refuses a payment QuickBooks would refuse: a linked invoice that does not exist or belongs to
 * another customer, more applied to an invoice than its open balance, or lines above TotalAmt.
 * `credit` holds what this payment already applied (on an update) and is given back first.
 */
export function checkPayment(
  company: Company,
  payment: Pick<QboPayment, 'Line' | 'TotalAmt' | 'CustomerRef'>,
  credit: Map<string, number> = new Map(),
): void {
  let linesUnits = 0;
  for (const line of payment.Line ?? []) linesUnits += toUnits(line.Amount);
  if (linesUnits > toUnits(payment.TotalAmt)) {
    throw faults.businessValidation('The sum of the amounts applied is more than the payment amount (TotalAmt).');
  }
  for (const [invoiceId, units] of appliedToInvoices(payment)) {
    const invoice = company.table('Invoice').get(invoiceId);
    if (!invoice) throw faults.invalidReference('Line.LinkedTxn.TxnId', invoiceId);
    if (invoice.CustomerRef.value !== payment.CustomerRef.value) {
      throw faults.businessValidation(`Invoice ${invoiceId} belongs to another customer.`);
    }
    const open = toUnits(invoice.Balance) + (credit.get(invoiceId) ?? 0);
    if (units > open) {
      throw faults.businessValidation(
        `The payment amount applied to invoice ${invoiceId} (${fromUnits(units)}) is more than its open balance (${fromUnits(open)}).`,
      );
    }
  }
}

/** Where a payment may be deposited: an active account of type Other Current Asset or Bank. */
const DEPOSIT_ACCOUNT_TYPES = new Set(['Other Current Asset', 'Bank']);

/**
 * Refuses references QuickBooks would refuse on a payment: a deposit account that is missing,
 * inactive or of another type, a payment method that is missing or inactive, no currency in a
 * multicurrency company, or a currency other than each linked invoice's.
 */
export function checkPaymentReferences(company: Company, payment: QboPayment, currencyGiven: boolean): void {
  const deposit = payment.DepositToAccountRef?.value;
  if (deposit !== undefined) {
    const account = company.table('Account').get(deposit);
    if (!account || !account.Active) throw faults.invalidReference('DepositToAccountRef', deposit);
    if (!DEPOSIT_ACCOUNT_TYPES.has(account.AccountType))
      throw faults.businessValidation(
        `Deposit to account ${account.Name} must be of type Other Current Asset or Bank, not ${account.AccountType}.`,
      );
  }
  const method = payment.PaymentMethodRef?.value;
  if (method !== undefined) {
    const found = company.table('PaymentMethod').get(method);
    if (!found || !found.Active) throw faults.invalidReference('PaymentMethodRef', method);
  }
  if (company.preferences.CurrencyPrefs.MultiCurrencyEnabled && !currencyGiven)
    throw faults.requiredParam('CurrencyRef');
  for (const invoiceId of appliedToInvoices(payment).keys()) {
    const invoice = company.table('Invoice').get(invoiceId);
    const invoiceCurrency = invoice?.CurrencyRef?.value;
    if (invoiceCurrency && payment.CurrencyRef?.value && invoiceCurrency !== payment.CurrencyRef.value)
      throw faults.businessValidation(
        `The payment is in ${payment.CurrencyRef.value} but invoice ${invoiceId} is in ${invoiceCurrency}.`,
      );
  }
}

/** Moves an invoice's balance by `units` (negative when paid) and links or unlinks the payment. */
export function applyToInvoice(invoice: QboInvoice, paymentId: string, units: number, link: boolean): QboInvoice {
  const others = (invoice.LinkedTxn ?? []).filter((t) => !(t.TxnType === 'Payment' && t.TxnId === paymentId));
  return {
    ...invoice,
    Balance: fromUnits(toUnits(invoice.Balance) + units),
    LinkedTxn: link ? [...others, { TxnId: paymentId, TxnType: 'Payment' }] : others,
  };
}
