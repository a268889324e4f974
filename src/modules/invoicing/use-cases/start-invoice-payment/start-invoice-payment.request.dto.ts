import { IsIn } from 'class-validator';

/** The invoice page's pay form (application/x-www-form-urlencoded). */
export class StartInvoicePaymentRequestDto {
  @IsIn(['card', 'bank'])
  method!: 'card' | 'bank';
}
