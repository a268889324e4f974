import { measureSms } from '../../../../libs/sms';
import type { MessageValues } from '../contracts/message-values';
import {
  DEFAULT_INVOICE_INTRO_TEMPLATE,
  findUnknownPlaceholders,
  formatAmount,
  formatDueDate,
  MESSAGE_PLACEHOLDERS,
  renderTemplate,
  withPaymentLink,
} from './message-template';

const LINK = 'https://pay.settle.example/p/AbCdEfGhIjKlMnOpQrStUvWxYz012345';

function values(overrides: Partial<MessageValues> = {}): MessageValues {
  return {
    contactFirstName: 'Sam',
    contactName: 'Sam Patel',
    businessName: 'Acme Plumbing',
    invoiceNumber: '1042',
    amountDue: { minor: '123450', currency: 'GBP' },
    dueDate: '2026-12-05',
    paymentLink: LINK,
    ...overrides,
  };
}

describe('findUnknownPlaceholders', () => {
  it('finds nothing in a text using only known placeholders', () => {
    const all = Object.keys(MESSAGE_PLACEHOLDERS)
      .map((name) => `{${name}}`)
      .join(' ');
    expect(findUnknownPlaceholders(all)).toEqual([]);
    expect(findUnknownPlaceholders(DEFAULT_INVOICE_INTRO_TEMPLATE)).toEqual([]);
    expect(findUnknownPlaceholders('No placeholders at all')).toEqual([]);
  });

  it('names unknown placeholders as written, once each, in order', () => {
    expect(findUnknownPlaceholders('Hi {firstname} {first_name}, {Amount_Due} {firstname} {}')).toEqual([
      '{firstname}',
      '{Amount_Due}',
      '{}',
    ]);
  });

  it('allows spaces inside the braces', () => {
    expect(findUnknownPlaceholders('Hi { first_name }')).toEqual([]);
  });
});

describe('renderTemplate', () => {
  it('fills every placeholder', () => {
    const text = '{first_name}|{contact_name}|{business_name}|{invoice_number}|{amount_due}|{due_date}|{payment_link}';
    expect(renderTemplate(text, values())).toBe(`Sam|Sam Patel|Acme Plumbing|1042|£1,234.50|5 Dec 2026|${LINK}`);
  });

  it('renders the default intro as one GSM-7 SMS for typical values', () => {
    const rendered = renderTemplate(DEFAULT_INVOICE_INTRO_TEMPLATE, values());
    expect(rendered).toBe(
      `Hi Sam, Acme Plumbing sent you invoice 1042 for £1,234.50, due 5 Dec 2026. Pay here: ${LINK}`,
    );
    expect(measureSms(rendered)).toMatchObject({ encoding: 'GSM-7', parts: 1 });
    for (const name of Object.keys(MESSAGE_PLACEHOLDERS).filter((key) => key !== 'contact_name')) {
      expect(DEFAULT_INVOICE_INTRO_TEMPLATE).toContain(`{${name}}`);
    }
  });

  it('falls back to the contact name for a missing or blank first name', () => {
    expect(renderTemplate('Hi {first_name}', values({ contactFirstName: null }))).toBe('Hi Sam Patel');
    expect(renderTemplate('Hi {first_name}', values({ contactFirstName: '  ' }))).toBe('Hi Sam Patel');
  });

  it('renders other missing values as empty strings', () => {
    const missing = values({ invoiceNumber: null, amountDue: null, dueDate: null, paymentLink: null });
    expect(renderTemplate('[{invoice_number}][{amount_due}][{due_date}][{payment_link}]', missing)).toBe('[][][][]');
  });

  it('leaves unknown placeholders as written and does not read placeholders inside values', () => {
    expect(renderTemplate('{nope} {business_name}', values({ businessName: '{first_name} Ltd' }))).toBe(
      '{nope} {first_name} Ltd',
    );
  });
});

describe('formatAmount', () => {
  it.each([
    ['123450', 'GBP', '£1,234.50'],
    ['123450', 'EUR', '€1,234.50'],
    ['123450', 'USD', '$1,234.50'],
    ['1200', 'JPY', '¥1,200'],
    ['1250', 'BHD', 'BHD 1.250'],
    ['0', 'GBP', '£0.00'],
    ['5', 'GBP', '£0.05'],
    ['123456789012345678901', 'GBP', '£1,234,567,890,123,456,789.01'],
  ])('formats %s minor units of %s as %s', (minor, currency, expected) => {
    expect(formatAmount(minor, currency)).toBe(expected);
  });

  it('uses the code, with a plain space, when the symbol would make the message UCS-2', () => {
    expect(formatAmount('123450', 'INR')).toBe('INR 1,234.50');
    expect(formatAmount('123450', 'PLN')).toBe('PLN 1,234.50');
    expect(measureSms(formatAmount('123450', 'TRY')).encoding).toBe('GSM-7');
  });
});

describe('formatDueDate', () => {
  it.each([
    ['2026-12-05', '5 Dec 2026'],
    ['2026-09-30', '30 Sep 2026'],
    ['2027-01-01', '1 Jan 2027'],
  ])('formats %s as %s', (iso, expected) => {
    expect(formatDueDate(iso)).toBe(expected);
  });

  it('shows text that is not an ISO date as it is', () => {
    expect(formatDueDate('2026-13-01')).toBe('2026-13-01');
    expect(formatDueDate('soon')).toBe('soon');
  });
});

describe('withPaymentLink', () => {
  it('appends the link on a new line when the text lacks it', () => {
    expect(withPaymentLink('Thanks for your business. ', LINK)).toBe(`Thanks for your business.\n${LINK}`);
  });

  it('leaves a text holding the link as it is', () => {
    const text = `Pay here: ${LINK} thanks`;
    expect(withPaymentLink(text, LINK)).toBe(text);
  });

  it('gives the link alone for an empty text', () => {
    expect(withPaymentLink('  ', LINK)).toBe(LINK);
  });
});
