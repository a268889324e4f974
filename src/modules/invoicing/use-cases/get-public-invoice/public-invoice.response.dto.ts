import { ApiProperty, PickType } from '@nestjs/swagger';
import type { InvoicePaymentState, PaymentOptions } from '../../../payments/contracts';
import type { Invoice } from '../../domain/invoice';
import { InvoiceLineResponseDto, InvoiceTaxLineResponseDto } from '../invoice-line.response.dto';
import { InvoiceResponseDto } from '../invoice.response.dto';
import { MoneyResponseDto } from '../money.response.dto';

export class PaymentOptionsResponseDto {
  @ApiProperty({ example: true, description: 'The business takes cards (Stripe) for this invoice' })
  card!: boolean;

  @ApiProperty({ example: false, description: 'The business takes bank payments (Crezco) for this invoice' })
  bank!: boolean;
}

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

  @ApiProperty({ example: true, description: 'Open, partly paid or overdue with a balance above zero: it can be paid' })
  payable!: boolean;

  @ApiProperty({ type: PaymentOptionsResponseDto, description: 'How it can be paid now (none when not payable)' })
  paymentOptions!: PaymentOptionsResponseDto;

  @ApiProperty({ example: false, description: 'A payment is on its way and not yet confirmed' })
  processing!: boolean;

  @ApiProperty({
    example: null,
    nullable: true,
    type: String,
    description: 'Why the last payment attempt did not go through, when it did not',
  })
  lastFailure!: string | null;

  static of(
    invoice: Invoice,
    businessName: string,
    locale: string,
    today: string,
    paymentOptions: PaymentOptions,
    paymentState: InvoicePaymentState,
  ): PublicInvoiceResponseDto {
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
      payable: invoice.isPayable(),
      paymentOptions: { card: paymentOptions.card, bank: paymentOptions.bank },
      processing: paymentState.processing,
      lastFailure: paymentState.lastFailure,
    };
  }
}
