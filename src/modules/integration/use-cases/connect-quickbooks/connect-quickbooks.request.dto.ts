import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

export class ConnectQuickBooksRequestDto {
  @ApiPropertyOptional({
    default: false,
    example: false,
    description: 'Allow the account to switch to a different QuickBooks company than the one it had',
  })
  @IsOptional()
  @IsBoolean()
  replaceCompany: boolean = false;
}
