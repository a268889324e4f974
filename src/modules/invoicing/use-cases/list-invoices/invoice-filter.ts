import type { FilterQuery } from '@mikro-orm/core';
import type { Invoice } from '../../domain/invoice';
import type { InvoiceStatus } from '../../domain/invoice-status';
import type { InvoiceFilters } from './list-invoices.query';

/** The list's filters as a MikroORM condition (removed invoices never show). */
export function invoiceFilter(filters: InvoiceFilters, today: string): FilterQuery<Invoice>[] {
  const conditions: FilterQuery<Invoice>[] = [{ removedAt: null }];
  if (filters.status) conditions.push(statusCondition(filters.status, today));
  if (filters.overdue === true) conditions.push(statusCondition('overdue', today));
  if (filters.overdue === false) conditions.push({ $not: statusCondition('overdue', today) });
  if (filters.contactId) conditions.push({ contactId: filters.contactId });
  if (filters.currency) conditions.push({ currency: filters.currency });
  if (filters.from) conditions.push({ txnDate: { $gte: filters.from } });
  if (filters.to) conditions.push({ txnDate: { $lte: filters.to } });
  if (filters.search) {
    const pattern = `%${filters.search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    conditions.push({ $or: [{ number: { $ilike: pattern } }, { contactName: { $ilike: pattern } }] });
  }
  return conditions;
}

const notOverdue = (today: string): FilterQuery<Invoice> => ({
  $or: [{ dueDate: null }, { dueDate: { $gte: today } }],
});

function statusCondition(status: InvoiceStatus, today: string): FilterQuery<Invoice> {
  switch (status) {
    case 'voided':
      return { voidedInQuickBooks: true };
    case 'paid':
      return { voidedInQuickBooks: false, paymentState: 'paid' };
    case 'overdue':
      return { voidedInQuickBooks: false, paymentState: { $ne: 'paid' }, dueDate: { $lt: today } };
    case 'open':
      return { $and: [{ voidedInQuickBooks: false, paymentState: 'unpaid' }, notOverdue(today)] };
    case 'partially_paid':
      return { $and: [{ voidedInQuickBooks: false, paymentState: 'partially_paid' }, notOverdue(today)] };
  }
}
