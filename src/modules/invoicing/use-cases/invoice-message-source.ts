import type { MessageSource } from '../../messaging/contracts';
import type { Invoice } from '../domain/invoice';

/** The text given now, else the one last sent with this invoice, else the account's invoice template. */
export function invoiceMessageSource(invoice: Invoice, message: string | undefined): MessageSource {
  const text = message ?? invoice.textMessage;
  return text ? { text } : { defaultTemplate: 'invoice_intro' };
}
