import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PageQuery } from '../../../../platform/http/pagination';
import { INVOICE_STATUSES, type InvoiceStatus } from '../../domain/invoice-status';
import { INVOICE_SORTS, type InvoiceSort } from './invoice-sort';

export class ListInvoicesRequestDto extends PageQuery {
  @ApiPropertyOptional({ enum: INVOICE_STATUSES, example: 'open' })
  @IsOptional()
  @IsIn(INVOICE_STATUSES)
  status?: InvoiceStatus;

  @ApiPropertyOptional({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a30' })
  @IsOptional()
  @IsUUID('all')
  contactId?: string;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'TxnDate on or after' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date, YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'TxnDate on or before' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date, YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ example: 'GBP' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as GBP' })
  currency?: string;

  @ApiPropertyOptional({ example: true, description: 'Only invoices past their due date with a balance (or none)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ example: 'clarke', description: 'Part of the number or of the contact name' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ enum: INVOICE_SORTS, default: '-txnDate', example: '-txnDate' })
  @IsOptional()
  @IsIn(INVOICE_SORTS)
  sort: InvoiceSort = '-txnDate';
}
