import type { FilterQuery } from '@mikro-orm/core';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { cursorId, toPage, type Page } from '../../../../platform/http/pagination';
import { Payment } from '../../domain/payment';
import { PaymentResponseDto } from '../payment.response.dto';
import { ListPaymentsQuery } from './list-payments.query';

/** Newest first; ids are time-ordered, so the cursor is the last id shown. */
@QueryHandler(ListPaymentsQuery)
export class ListPaymentsHandler implements IQueryHandler<ListPaymentsQuery> {
  constructor(private readonly scope: AccountScope) {}

  async execute({ accountId, filters, limit, cursor }: ListPaymentsQuery): Promise<Page<PaymentResponseDto>> {
    const where: FilterQuery<Payment> = {};
    if (filters.invoiceId) where.invoiceId = filters.invoiceId;
    if (filters.contactId) where.contactId = filters.contactId;
    if (filters.method) where.method = filters.method as Payment['method'];
    if (filters.status) where.status = filters.status as Payment['status'];
    if (filters.quickBooksState) where.quickBooksState = filters.quickBooksState as Payment['quickBooksState'];
    const after = cursorId(cursor);
    if (after) where.id = { $lt: after };
    const rows = await this.scope.read(accountId, (em) =>
      em.find(Payment, where, { orderBy: { id: 'desc' }, limit: limit + 1 }),
    );
    return toPage(rows, limit, (row) => PaymentResponseDto.of(row));
  }
}
