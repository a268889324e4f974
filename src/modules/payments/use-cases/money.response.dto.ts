import { ApiProperty } from '@nestjs/swagger';
import { Money } from '../../../../libs/money';

/** An amount as the API gives it: exact decimal string, minor units, currency. */
export class PaymentMoneyResponseDto {
  @ApiProperty({ example: '120.00', description: "Exact decimal string with the currency's decimal places" })
  amount!: string;

  @ApiProperty({ example: '12000', description: 'Integer minor units as a string' })
  minorUnits!: string;

  @ApiProperty({ example: 'GBP' })
  currency!: string;

  static of(minorUnits: bigint, currency: string): PaymentMoneyResponseDto {
    const money = Money.ofMinor(minorUnits, currency);
    return { amount: money.toDecimalString(), minorUnits: minorUnits.toString(), currency };
  }
}
