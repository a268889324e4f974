import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { GetInvoicesForWorkflowsQuery, type InvoiceForWorkflows } from '../../contracts';
import { Invoice } from '../../domain/invoice';

@QueryHandler(GetInvoicesForWorkflowsQuery)
export class GetInvoicesForWorkflowsHandler implements IQueryHandler<GetInvoicesForWorkflowsQuery> {
  constructor(private readonly scope: AccountScope) {}

  async execute({ accountId, invoiceIds }: GetInvoicesForWorkflowsQuery): Promise<InvoiceForWorkflows[]> {
    if (invoiceIds.length === 0) return [];
    const invoices = await this.scope.read(accountId, (em) =>
      em.find(
        Invoice,
        { id: { $in: invoiceIds } },
        { fields: ['id', 'contactId', 'dueDate', 'balanceMinor', 'removedAt', 'voidedInQuickBooks'] },
      ),
    );
    return invoices.map((invoice) => ({
      invoiceId: invoice.id,
      contactId: invoice.contactId,
      dueDate: invoice.dueDate,
      paid: invoice.isPaid(),
      removed: invoice.isRemoved() || invoice.voidedInQuickBooks,
    }));
  }
}
