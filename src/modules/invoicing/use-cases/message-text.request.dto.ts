import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MultiLineText } from '../../../platform/http/multi-line-text.decorator';

/** The longest text Settle sends: ten concatenated GSM-7 parts. */
export const MESSAGE_MAX_LENGTH = 1530;

export class MessageTextRequestDto {
  @ApiPropertyOptional({
    example: 'Hi {first_name}, here is invoice {invoice_number} from {business_name} for {amount_due}: {payment_link}',
    maxLength: MESSAGE_MAX_LENGTH,
    description:
      'The text, with placeholders {first_name}, {contact_name}, {business_name}, {invoice_number}, ' +
      '{amount_due}, {due_date} and {payment_link}; the payment link is appended when the text lacks it. ' +
      "When absent: the invoice's last sent text, else the account's invoice template.",
  })
  @MultiLineText()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(MESSAGE_MAX_LENGTH)
  message?: string;
}
