import { ApiProperty } from '@nestjs/swagger';
import type { Invoice } from '../../domain/invoice';
import { INVOICE_STATUSES, type InvoiceStatus } from '../../domain/invoice-status';
import { InvoiceLineResponseDto, InvoiceTaxLineResponseDto } from '../invoice-line.response.dto';
import { MoneyResponseDto } from '../money.response.dto';

/** What the customer holding the link may see: no ids, nothing internal. */
export class PublicInvoiceResponseDto {
  @ApiProperty({ example: 'Hartley & Moss Joinery Ltd', description: 'The business that sent the invoice' })
  businessName!: string;

  @ApiProperty({ example: '1042', nullable: true, type: String })
  number!: string | null;

  @ApiProperty({ example: 'Amelia Clarke', nullable: true, type: String })
  contactName!: string | null;

  @ApiProperty({ example: '2026-03-02' })
  txnDate!: string;

  @ApiProperty({ example: '2026-04-01', nullable: true, type: String })
  dueDate!: string | null;

  @ApiProperty({ example: 'GBP' })
  currency!: string;

  @ApiProperty({ enum: ['exclusive', 'inclusive', 'none'], example: 'exclusive' })
  taxTreatment!: Invoice['taxTreatment'];

  @ApiProperty({ type: [InvoiceLineResponseDto] })
  lines!: InvoiceLineResponseDto[];

  @ApiProperty({ type: [InvoiceTaxLineResponseDto] })
  taxLines!: InvoiceTaxLineResponseDto[];

  @ApiProperty({ type: MoneyResponseDto })
  subtotal!: MoneyResponseDto;

  @ApiProperty({ type: MoneyResponseDto })
  discount!: MoneyResponseDto;

  @ApiProperty({ type: MoneyResponseDto })
  tax!: MoneyResponseDto;

  @ApiProperty({ type: MoneyResponseDto })
  total!: MoneyResponseDto;

  @ApiProperty({ type: MoneyResponseDto })
  balance!: MoneyResponseDto;

  @ApiProperty({ enum: INVOICE_STATUSES, example: 'open' })
  status!: InvoiceStatus;

  @ApiProperty({ example: 'Thank you for your business.', nullable: true, type: String })
  customerMemo!: string | null;

  @ApiProperty({ example: 'Pay by Friday for 2% off', nullable: true, type: String })
  message!: string | null;

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
