import type { FilterQuery } from '@mikro-orm/core';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import type { Page } from '../../../../platform/http/pagination';
import { Invoice } from '../../domain/invoice';
import { AccountCalendar } from '../../infrastructure/account-calendar';
import { InvoiceRowResponseDto } from '../invoice-row.response.dto';
import { decodeInvoiceCursor, encodeInvoiceCursor } from './invoice-cursor';
import { invoiceFilter } from './invoice-filter';
import { parseSort, type InvoiceSort, type SortField } from './invoice-sort';
import { ListInvoicesQuery } from './list-invoices.query';

/** Keyset pagination on (sort key, id): the cursor carries both, so any sort pages stably. */
@QueryHandler(ListInvoicesQuery)
export class ListInvoicesHandler implements IQueryHandler<ListInvoicesQuery> {
  constructor(
    private readonly scope: AccountScope,
    private readonly calendar: AccountCalendar,
  ) {}

  async execute({ accountId, filters, sort, limit, cursor }: ListInvoicesQuery): Promise<Page<InvoiceRowResponseDto>> {
    const today = await this.calendar.today(accountId);
    const { field, descending } = parseSort(sort);
    const conditions = invoiceFilter(filters, today);
    if (cursor) conditions.push(after(sort, field, descending, cursor));
    const direction = descending ? 'desc' : 'asc';
    const rows = await this.scope.read(accountId, (em) =>
      em.find(
        Invoice,
        { $and: conditions },
        { orderBy: [{ [field]: direction }, { id: direction }], limit: limit + 1 },
      ),
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor =
      rows.length > limit ? encodeInvoiceCursor({ sort, key: String(last[field]), id: last.id }) : null;
    return { data: items.map((row) => InvoiceRowResponseDto.of(row, today)), page: { limit, nextCursor } };
  }
}

function after(sort: InvoiceSort, field: SortField, descending: boolean, encoded: string): FilterQuery<Invoice> {
  const { key, id } = decodeInvoiceCursor(encoded, sort);
  const value = field === 'txnDate' ? key : BigInt(key);
  const beyond = descending ? '$lt' : '$gt';
  return { $or: [{ [field]: { [beyond]: value } }, { [field]: value, id: { [beyond]: id } }] } as FilterQuery<Invoice>;
}
