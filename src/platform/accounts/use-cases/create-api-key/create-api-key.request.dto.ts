import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class CreateApiKeyRequestDto {
  @ApiProperty({ example: 'Accounts team Zapier', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  name!: string;
}
