import { ApiProperty } from '@nestjs/swagger';
import type { InvoiceLine, InvoiceTaxLine } from '../domain/invoice-line';
import { MoneyResponseDto } from './money.response.dto';

export class InvoiceLineResponseDto {
  @ApiProperty({ enum: ['item', 'discount', 'subtotal', 'group', 'description'], example: 'item' })
  kind!: InvoiceLine['kind'];

  @ApiProperty({ example: 1, nullable: true, type: Number })
  lineNumber!: number | null;

  @ApiProperty({ example: 'Joinery labour', nullable: true, type: String, description: 'Product or service' })
  itemCode!: string | null;

  @ApiProperty({ example: 'Fit oak staircase balustrade', nullable: true, type: String })
  description!: string | null;

  @ApiProperty({ example: '2.5', nullable: true, type: String })
  quantity!: string | null;

  @ApiProperty({ example: '45', nullable: true, type: String, description: 'Rate (unit price), exact decimal' })
  unitPrice!: string | null;

  @ApiProperty({ type: MoneyResponseDto, description: 'Net amount (discount lines: the discount taken)' })
  amount!: MoneyResponseDto;

  @ApiProperty({ type: MoneyResponseDto, nullable: true, description: 'Gross amount on tax-inclusive invoices' })
  grossAmount!: MoneyResponseDto | null;

  @ApiProperty({ example: '20.0% S', nullable: true, type: String })
  taxCode!: string | null;

  @ApiProperty({ example: '20', nullable: true, type: String })
  taxRatePercent!: string | null;

  @ApiProperty({ example: null, nullable: true, type: String, description: 'Discount lines: the percentage' })
  discountPercent!: string | null;

  @ApiProperty({ example: '2026-03-02', nullable: true, type: String })
  serviceDate!: string | null;

  @ApiProperty({ type: () => [InvoiceLineResponseDto], description: 'Group lines: the lines of the bundle' })
  children!: InvoiceLineResponseDto[];

  static of(line: InvoiceLine, currency: string, locale?: string): InvoiceLineResponseDto {
    return {
      kind: line.kind,
      lineNumber: line.lineNumber,
      itemCode: line.itemCode,
      description: line.description,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      amount: MoneyResponseDto.of(line.amountMinor, currency, locale),
      grossAmount: line.grossAmountMinor === null ? null : MoneyResponseDto.of(line.grossAmountMinor, currency, locale),
      taxCode: line.taxCode,
      taxRatePercent: line.taxRatePercent,
      discountPercent: line.discountPercent,
      serviceDate: line.serviceDate,
      children: line.children.map((child) => InvoiceLineResponseDto.of(child, currency, locale)),
    };
  }
}

export class InvoiceTaxLineResponseDto {
  @ApiProperty({ example: '20.0% S', nullable: true, type: String })
  name!: string | null;

  @ApiProperty({ example: '20', nullable: true, type: String })
  ratePercent!: string | null;

  @ApiProperty({ type: MoneyResponseDto })
  amount!: MoneyResponseDto;

  @ApiProperty({ type: MoneyResponseDto, nullable: true })
  netAmountTaxable!: MoneyResponseDto | null;

  static of(line: InvoiceTaxLine, currency: string, locale?: string): InvoiceTaxLineResponseDto {
    return {
      name: line.name,
      ratePercent: line.ratePercent,
      amount: MoneyResponseDto.of(line.amountMinor, currency, locale),
      netAmountTaxable:
        line.netAmountTaxableMinor === null ? null : MoneyResponseDto.of(line.netAmountTaxableMinor, currency, locale),
    };
  }
}
