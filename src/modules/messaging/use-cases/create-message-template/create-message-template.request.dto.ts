import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { MultiLineText } from '../../../../platform/http/multi-line-text.decorator';

export class CreateMessageTemplateRequestDto {
  @ApiProperty({ example: 'Friendly reminder', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({
    example: 'Hi {first_name}, a reminder that invoice {invoice_number} for {amount_due} is due {due_date}.',
    maxLength: 1600,
    description: 'Unknown placeholders are a 400 naming them',
  })
  @IsString()
  @Length(1, 1600)
  @MultiLineText()
  body!: string;
}
