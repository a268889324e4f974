import { ApiProperty, PickType } from '@nestjs/swagger';
import type { Invoice } from '../../domain/invoice';
import { InvoiceLineResponseDto, InvoiceTaxLineResponseDto } from '../invoice-line.response.dto';
import { InvoiceResponseDto } from '../invoice.response.dto';
import { MoneyResponseDto } from '../money.response.dto';

/** What the customer holding the link may see: no ids, nothing internal. */
export class PublicInvoiceResponseDto extends PickType(InvoiceResponseDto, [
  'number',
  'contactName',
  'txnDate',
  'dueDate',
  'currency',
  'taxTreatment',
  'lines',
  'taxLines',
  'subtotal',
  'discount',
  'tax',
  'total',
  'balance',
  'status',
  'customerMemo',
  'message',
] as const) {
  @ApiProperty({ example: 'Hartley & Moss Joinery Ltd', description: 'The business that sent the invoice' })
  businessName!: string;

  static of(invoice: Invoice, businessName: string, locale: string, today: string): PublicInvoiceResponseDto {
    const currency = invoice.currency;
    const money = (minor: bigint) => MoneyResponseDto.of(minor, currency, locale);
    return {
      businessName,
      number: invoice.number,
      contactName: invoice.contactName,
      txnDate: invoice.txnDate,
      dueDate: invoice.dueDate,
      currency,
      taxTreatment: invoice.taxTreatment,
      lines: invoice.lines.map((line) => InvoiceLineResponseDto.of(line, currency, locale)),
      taxLines: invoice.taxLines.map((line) => InvoiceTaxLineResponseDto.of(line, currency, locale)),
      subtotal: money(invoice.subtotalMinor),
      discount: money(invoice.discountMinor),
      tax: money(invoice.taxMinor),
      total: money(invoice.totalMinor),
      balance: money(invoice.balanceMinor),
      status: invoice.statusOn(today),
      customerMemo: invoice.customerMemo,
      message: invoice.message,
    };
  }
}
