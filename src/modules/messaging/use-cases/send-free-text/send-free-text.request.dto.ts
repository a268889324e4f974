import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { MultiLineText } from '../../../../platform/http/multi-line-text.decorator';

export class SendFreeTextRequestDto {
  @ApiProperty({
    example: 'Hi Sam, just checking the invoice reached you. Thanks!',
    maxLength: 1600,
    description: 'Sent as written, with curly quotes and dashes made plain so it stays GSM-7 where it can',
  })
  @IsString()
  @Length(1, 1600)
  @MultiLineText()
  text!: string;
}
