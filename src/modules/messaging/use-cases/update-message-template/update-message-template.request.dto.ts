import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { MultiLineText } from '../../../../platform/http/multi-line-text.decorator';

export class UpdateMessageTemplateRequestDto {
  @ApiPropertyOptional({ example: 'Friendly reminder', maxLength: 100 })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({
    example: 'Hi {first_name}, invoice {invoice_number} for {amount_due} is ready: {payment_link}',
    maxLength: 1600,
    description: 'Unknown placeholders are a 400 naming them',
  })
  @IsOptional()
  @IsString()
  @Length(1, 1600)
  @MultiLineText()
  body?: string;
}
