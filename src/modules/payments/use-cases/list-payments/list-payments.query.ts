import { Query } from '@nestjs/cqrs';
import type { Page } from '../../../../platform/http/pagination';
import type { PaymentResponseDto } from '../payment.response.dto';

export interface PaymentFilters {
  invoiceId?: string;
  contactId?: string;
  method?: string;
  status?: string;
  quickBooksState?: string;
}

export class ListPaymentsQuery extends Query<Page<PaymentResponseDto>> {
  constructor(
    readonly accountId: string,
    readonly filters: PaymentFilters,
    readonly limit: number,
    readonly cursor?: string,
  ) {
    super();
  }
}
