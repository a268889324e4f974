import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';

export class StartQuickBooksImportRequestDto {
  @ApiProperty({ enum: ['contacts', 'invoices'], example: 'invoices', description: 'invoices imports contacts first' })
  @IsIn(['contacts', 'invoices'], { message: 'kind must be contacts or invoices' })
  kind!: 'contacts' | 'invoices';

  @ApiPropertyOptional({
    example: 2025,
    description: 'Required for invoices: every invoice whose date is in that year',
  })
  @ValidateIf((body: StartQuickBooksImportRequestDto) => body.kind === 'invoices' || body.year !== undefined)
  @IsInt({ message: 'year must be a whole year such as 2025' })
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({
    default: false,
    description: 'Report what the import would create, update and skip (and the unpaid total) without writing',
  })
  @IsOptional()
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}
