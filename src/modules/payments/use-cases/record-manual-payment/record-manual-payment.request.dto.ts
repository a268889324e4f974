import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';

export class RecordManualPaymentRequestDto {
  @ApiProperty({
    example: 'stripe',
    description: "One of the account's payment methods: stripe (card) or crezco (bank)",
  })
  @IsString()
  @Length(1, 30)
  method!: string;

  @ApiProperty({
    example: '120.00',
    description:
      "A decimal string in the invoice's currency, with at most its decimal places (GBP 2, JPY 0, BHD 3); more than zero",
  })
  @IsString()
  @Matches(/^\d{1,15}(\.\d{1,3})?$/, { message: 'amount must be a decimal string such as 120.00' })
  amount!: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'The day the money was received; today if left out' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'paidOn must be a date, YYYY-MM-DD' })
  paidOn?: string;

  @ApiPropertyOptional({
    example: 'BACS 0412',
    description: 'A reference QuickBooks shows and can search (21 characters)',
  })
  @IsOptional()
  @IsString()
  @Length(1, 21)
  reference?: string;
}
