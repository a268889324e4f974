import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../../../../platform/http/pagination';
import type { ContactSource } from '../../domain/contact';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListContactsRequestDto extends PageQuery {
  @ApiPropertyOptional({
    example: 'hartley',
    description: 'Part of a name, business name, email or phone number (any case, any way the number is written)',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ['manual', 'quickbooks'], example: 'quickbooks' })
  @IsOptional()
  @IsIn(['manual', 'quickbooks'])
  source?: ContactSource;

  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'optedOut must be true or false' })
  optedOut?: boolean;

  @ApiPropertyOptional({
    example: false,
    description: 'false: the contacts texts cannot reach (no valid mobile, or opted out), to fix before sending',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'canReceiveTexts must be true or false' })
  canReceiveTexts?: boolean;
}
