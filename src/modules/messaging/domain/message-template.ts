import { Money } from '../../../../libs/money';
import { measureSms } from '../../../../libs/sms';
import type { MessageValues } from '../contracts/message-values';

/** The placeholders a message may hold, written `{name}`, and what each becomes. */
export const MESSAGE_PLACEHOLDERS = {
  first_name: "The contact's first name, or their whole name when the first name is not known.",
  contact_name: "The contact's name as it is in QuickBooks.",
  business_name: "The account's business name.",
  invoice_number: "The invoice's number.",
  amount_due: 'The amount left to pay, in its currency: £1,234.50, ¥1,200, BHD 1.250.',
  due_date: 'The due date: 5 Dec 2026.',
  payment_link: "The invoice's payment link.",
} as const;

export type MessagePlaceholder = keyof typeof MESSAGE_PLACEHOLDERS;

/**
 * The intro sent with an invoice when the account has not written its own: short enough to be
 * one SMS with a typical name, amount and link, and all GSM-7.
 */
export const DEFAULT_INVOICE_INTRO_TEMPLATE =
  'Hi {first_name}, {business_name} sent you invoice {invoice_number} for {amount_due}, due {due_date}. ' +
  'Pay here: {payment_link}';

/** Anything between braces on one line; its trimmed content names the placeholder. */
const PLACEHOLDER = /\{([^{}\r\n]*)\}/g;

function isPlaceholder(name: string): name is MessagePlaceholder {
  return Object.hasOwn(MESSAGE_PLACEHOLDERS, name);
}

/**
 * The placeholders in `text` that are not in MESSAGE_PLACEHOLDERS, as written (`{firstname}`),
 * each once, in order. Names are case-sensitive; spaces inside the braces are allowed.
 */
export function findUnknownPlaceholders(text: string): string[] {
  const unknown = new Set<string>();
  for (const [token, name] of text.matchAll(PLACEHOLDER)) {
    if (!isPlaceholder(name.trim())) unknown.add(token);
  }
  return [...unknown];
}

/**
 * `text` with its placeholders filled from `values` in one pass (a value holding braces is not
 * read again). A missing value becomes an empty string, except the first name, which falls back
 * to the contact's name. Unknown placeholders are left as written: check with
 * findUnknownPlaceholders first.
 */
export function renderTemplate(text: string, values: MessageValues): string {
  return text.replace(PLACEHOLDER, (token: string, name: string) => {
    const placeholder = name.trim();
    return isPlaceholder(placeholder) ? valueOf(placeholder, values) : token;
  });
}

function valueOf(placeholder: MessagePlaceholder, values: MessageValues): string {
  switch (placeholder) {
    case 'first_name':
      return values.contactFirstName?.trim() || values.contactName;
    case 'contact_name':
      return values.contactName;
    case 'business_name':
      return values.businessName;
    case 'invoice_number':
      return values.invoiceNumber ?? '';
    case 'amount_due':
      return values.amountDue ? formatAmount(values.amountDue.minor, values.amountDue.currency) : '';
    case 'due_date':
      return values.dueDate ? formatDueDate(values.dueDate) : '';
    case 'payment_link':
      return values.paymentLink ?? '';
  }
}

/**
 * "£1,234.50", "$1,234.50", "¥1,200", "BHD 1.250": the currency's own decimal places (ISO 4217,
 * from libs/money) and its narrow symbol, or its code when the symbol is not GSM-7 (₹, zł), so an
 * amount never turns a message into UCS-2.
 */
export function formatAmount(minor: string, currency: string): string {
  const money = Money.ofMinor(BigInt(minor), currency);
  const withSymbol = money.format('en-GB', { currencyDisplay: 'narrowSymbol' });
  const formatted =
    measureSms(withSymbol).encoding === 'GSM-7' ? withSymbol : money.format('en-GB', { currencyDisplay: 'code' });
  return formatted.replace(/\u00a0/g, ' ');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "5 Dec 2026" for 2026-12-05, the same on every ICU version; any other text is shown as it is. */
export function formatDueDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoDate;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/**
 * `text` with the payment link on a line of its own at the end, unless the text already holds
 * the link (for example through {payment_link}).
 */
export function withPaymentLink(text: string, link: string): string {
  if (text.includes(link)) return text;
  const body = text.trimEnd();
  return body ? `${body}\n${link}` : link;
}
