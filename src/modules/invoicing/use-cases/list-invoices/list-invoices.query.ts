import { Query } from '@nestjs/cqrs';
import type { Page } from '../../../../platform/http/pagination';
import type { InvoiceStatus } from '../../domain/invoice-status';
import type { InvoiceRowResponseDto } from '../invoice-row.response.dto';
import type { InvoiceSort } from './invoice-sort';

export interface InvoiceFilters {
  status?: InvoiceStatus;
  contactId?: string;
  from?: string;
  to?: string;
  currency?: string;
  overdue?: boolean;
  search?: string;
}

export class ListInvoicesQuery extends Query<Page<InvoiceRowResponseDto>> {
  constructor(
    readonly accountId: string,
    readonly filters: InvoiceFilters,
    readonly sort: InvoiceSort,
    readonly limit: number,
    readonly cursor?: string,
  ) {
    super();
  }
}
