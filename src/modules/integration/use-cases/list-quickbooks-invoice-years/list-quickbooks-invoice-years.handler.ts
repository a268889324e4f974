import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { QboInvoice } from '../../../../../libs/quickbooks/qbo-types';
import { IntegrationErrors } from '../../integration.errors';
import { QuickBooksApiClient } from '../../infrastructure/quickbooks-api/quickbooks-api.client';
import { QuickBooksCompanies } from '../../infrastructure/quickbooks-companies';
import { ListQuickBooksInvoiceYearsQuery, type InvoiceYear } from './list-quickbooks-invoice-years.query';

/**
 * QuickBooks' query language cannot group, so: the first and last invoice dates, then one count a
 * year between them (a couple of dozen requests at most), newest year first, empty years left out.
 */
@QueryHandler(ListQuickBooksInvoiceYearsQuery)
export class ListQuickBooksInvoiceYearsHandler implements IQueryHandler<ListQuickBooksInvoiceYearsQuery> {
  constructor(
    private readonly companies: QuickBooksCompanies,
    private readonly client: QuickBooksApiClient,
  ) {}

  async execute({ accountId }: ListQuickBooksInvoiceYearsQuery): Promise<InvoiceYear[]> {
    const found = await this.companies.connected(accountId, {});
    if (!found) throw IntegrationErrors.notConnected();
    const { company } = found;
    const [first] = await this.client.query<QboInvoice>(company, 'Invoice', [], { orderBy: 'TxnDate', maxResults: 1 });
    if (!first) return [];
    const [last] = await this.client.query<QboInvoice>(company, 'Invoice', [], {
      orderBy: { field: 'TxnDate', descending: true },
      maxResults: 1,
    });
    const years: InvoiceYear[] = [];
    for (let year = Number(last.TxnDate.slice(0, 4)); year >= Number(first.TxnDate.slice(0, 4)); year -= 1) {
      const count = await this.client.count(company, 'Invoice', [
        { field: 'TxnDate', op: '>=', value: `${year}-01-01` },
        { field: 'TxnDate', op: '<=', value: `${year}-12-31` },
      ]);
      if (count > 0) years.push({ year, count });
    }
    return years;
  }
}
