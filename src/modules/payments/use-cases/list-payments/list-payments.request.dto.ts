import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../../../platform/http/pagination';
import { PAYMENT_METHODS } from '../../domain/payment-method';

const STATUSES = ['succeeded', 'partially_refunded', 'refunded'] as const;
const QUICKBOOKS_STATES = ['pending', 'recorded', 'failed', 'not_applicable'] as const;

export class ListPaymentsRequestDto extends PageQuery {
  @ApiPropertyOptional({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a31' })
  @IsOptional()
  @IsUUID('all')
  invoiceId?: string;

  @ApiPropertyOptional({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a32' })
  @IsOptional()
  @IsUUID('all')
  contactId?: string;

  @ApiPropertyOptional({ enum: PAYMENT_METHODS, example: 'stripe' })
  @IsOptional()
  @IsIn(PAYMENT_METHODS)
  method?: string;

  @ApiPropertyOptional({ enum: STATUSES, example: 'succeeded' })
  @IsOptional()
  @IsIn(STATUSES)
  status?: string;

  @ApiPropertyOptional({ enum: QUICKBOOKS_STATES, example: 'failed' })
  @IsOptional()
  @IsIn(QUICKBOOKS_STATES)
  quickBooksState?: string;
}
