import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsString, Length, ValidateNested } from 'class-validator';
import type { SenderKind } from '../../domain/sender';

export class SenderRequestDto {
  @ApiProperty({
    enum: ['alphanumeric', 'number'],
    example: 'number',
    description: 'alphanumeric senders cannot receive replies (nor STOP): contacts can only reply to a number',
  })
  @IsIn(['alphanumeric', 'number'])
  kind!: SenderKind;

  @ApiProperty({ example: '+447700900123', description: 'A name of 1 to 11 letters, digits and spaces, or a number' })
  @IsString()
  @Length(1, 16)
  value!: string;
}

export class ChangeMessagingSettingsRequestDto {
  @ApiProperty({ type: SenderRequestDto })
  @ValidateNested()
  @Type(() => SenderRequestDto)
  sender!: SenderRequestDto;
}
