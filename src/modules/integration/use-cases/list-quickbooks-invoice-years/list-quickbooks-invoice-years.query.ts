import { Query } from '@nestjs/cqrs';

export interface InvoiceYear {
  year: number;
  count: number;
}

export class ListQuickBooksInvoiceYearsQuery extends Query<InvoiceYear[]> {
  constructor(readonly accountId: string) {
    super();
  }
}
