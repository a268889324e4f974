import { ApiProperty } from '@nestjs/swagger';
import { Money } from '../../../../libs/money';

/** An amount as the API gives it: exact decimal string, minor units, currency, and for display. */
export class MoneyResponseDto {
  @ApiProperty({ example: '1234.50', description: "Exact decimal string with the currency's decimal places" })
  amount!: string;

  @ApiProperty({ example: '123450', description: 'Integer minor units (pence, cents, yen) as a string' })
  minorUnits!: string;

  @ApiProperty({ example: 'GBP', description: 'ISO 4217 code' })
  currency!: string;

  @ApiProperty({ example: '£1,234.50' })
  formatted!: string;

  static of(minorUnits: bigint | string, currency: string, locale = 'en-GB'): MoneyResponseDto {
    const money = Money.ofMinor(BigInt(minorUnits), currency);
    return {
      amount: money.toDecimalString(),
      minorUnits: money.minorUnits.toString(),
      currency,
      formatted: money.format(locale),
    };
  }
}
