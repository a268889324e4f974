import { ApiProperty } from '@nestjs/swagger';
import type { Invoice } from '../domain/invoice';
import { InvoiceLineResponseDto, InvoiceTaxLineResponseDto } from './invoice-line.response.dto';
import { InvoiceRowResponseDto } from './invoice-row.response.dto';
import { MoneyResponseDto } from './money.response.dto';

class PostalAddressDto {
  @ApiProperty({ example: ['Flat 2', '14 Mill Lane'], type: [String] })
  lines!: string[];

  @ApiProperty({ example: 'Bristol', nullable: true, type: String })
  city!: string | null;

  @ApiProperty({ example: null, nullable: true, type: String })
  region!: string | null;

  @ApiProperty({ example: 'BS1 4DJ', nullable: true, type: String })
  postalCode!: string | null;

  @ApiProperty({ example: 'GB', nullable: true, type: String })
  country!: string | null;
}

class QuickBooksLinkDto {
  @ApiProperty({ example: '130', nullable: true, type: String })
  id!: string | null;

  @ApiProperty({ example: '3', nullable: true, type: String })
  syncToken!: string | null;

  @ApiProperty({ example: '2026-03-02T10:15:00.000Z', nullable: true, type: String })
  updatedAt!: string | null;

  @ApiProperty({ example: false, description: 'Voided in QuickBooks after a payment (kept in Settle)' })
  voided!: boolean;

  @ApiProperty({ example: false, description: 'Deleted in QuickBooks after a payment (kept in Settle)' })
  deleted!: boolean;
}

/** An invoice with its lines and totals. */
export class InvoiceResponseDto extends InvoiceRowResponseDto {
  @ApiProperty({ type: PostalAddressDto, nullable: true })
  billingAddress!: PostalAddressDto | null;

  @ApiProperty({ example: 'amelia@example.com', nullable: true, type: String })
  billEmail!: string | null;

  @ApiProperty({ example: '1', nullable: true, type: String, description: 'Home-currency units per unit' })
  exchangeRate!: string | null;

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

  @ApiProperty({ example: 'Thanks for choosing us!', nullable: true, type: String, description: 'QuickBooks memo' })
  customerMemo!: string | null;

  @ApiProperty({ example: 'Pay by Friday for 2% off', nullable: true, type: String, description: "Settle's own" })
  message!: string | null;

  @ApiProperty({
    type: MoneyResponseDto,
    nullable: true,
    description:
      'Money received beyond what was due (paid twice, or after a void or removal), for the business to settle with ' +
      'the customer; null when none',
  })
  overpaid!: MoneyResponseDto | null;

  @ApiProperty({ example: '/p/3q2-7wE_kGvJtC1nZ0o1xYb8sQpLmN4a', description: "The customer's page" })
  publicPath!: string;

  @ApiProperty({ type: QuickBooksLinkDto })
  quickBooks!: QuickBooksLinkDto;

  static override of(invoice: Invoice, today: string): InvoiceResponseDto {
    const currency = invoice.currency;
    return {
      ...InvoiceRowResponseDto.of(invoice, today),
      billingAddress: invoice.billingAddress,
      billEmail: invoice.billEmail,
      exchangeRate: invoice.exchangeRate,
      taxTreatment: invoice.taxTreatment,
      lines: invoice.lines.map((line) => InvoiceLineResponseDto.of(line, currency)),
      taxLines: invoice.taxLines.map((line) => InvoiceTaxLineResponseDto.of(line, currency)),
      subtotal: MoneyResponseDto.of(invoice.subtotalMinor, currency),
      discount: MoneyResponseDto.of(invoice.discountMinor, currency),
      tax: MoneyResponseDto.of(invoice.taxMinor, currency),
      customerMemo: invoice.customerMemo,
      message: invoice.message,
      overpaid: invoice.overpaidMinor > 0n ? MoneyResponseDto.of(invoice.overpaidMinor, currency) : null,
      publicPath: `/p/${invoice.publicToken}`,
      quickBooks: {
        id: invoice.quickBooksId,
        syncToken: invoice.quickBooksSyncToken,
        updatedAt: invoice.quickBooksUpdatedAt?.toISOString() ?? null,
        voided: invoice.voidedInQuickBooks,
        deleted: invoice.deletedInQuickBooks,
      },
    };
  }
}
