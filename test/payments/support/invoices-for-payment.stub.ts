import { Module } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { GetInvoiceForPaymentQuery, type InvoiceForPayment } from '../../../src/modules/invoicing/contracts';

/**
 * Answers GetInvoiceForPaymentQuery in Invoicing's place with the invoices a test declares (null for
 * any other), until Invoicing's own handler lands (branch invoicing-pay). Pass the module in
 * startTestApp's `imports`: imported after AppModule, its handler is the one registered last.
 */
@QueryHandler(GetInvoiceForPaymentQuery)
export class InvoicesForPaymentStub implements IQueryHandler<GetInvoiceForPaymentQuery> {
  private readonly invoices = new Map<string, InvoiceForPayment & { accountId: string }>();

  add(accountId: string, invoice: Partial<InvoiceForPayment> = {}): InvoiceForPayment {
    const added = {
      invoiceId: randomUUID(),
      number: '1042',
      contactId: randomUUID(),
      currency: 'GBP',
      balanceMinor: '12000',
      payable: true,
      quickBooksId: null,
      ...invoice,
    };
    this.invoices.set(added.invoiceId, { ...added, accountId });
    return added;
  }

  async execute({ accountId, invoiceId }: GetInvoiceForPaymentQuery): Promise<InvoiceForPayment | null> {
    const invoice = this.invoices.get(invoiceId);
    if (!invoice || invoice.accountId !== accountId) return null;
    const { accountId: _owner, ...found } = invoice;
    return found;
  }
}

@Module({ providers: [InvoicesForPaymentStub] })
export class InvoicesForPaymentStubModule {}
