import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Payment } from '../../domain/payment';
import { resendToQuickBooks } from '../retry-quickbooks/quickbooks-resend';
import { RetryFailedQuickBooksPaymentsCommand } from './retry-failed-quickbooks-payments.command';

@CommandHandler(RetryFailedQuickBooksPaymentsCommand)
export class RetryFailedQuickBooksPaymentsHandler implements ICommandHandler<RetryFailedQuickBooksPaymentsCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly commands: CommandBus,
  ) {}

  execute({ accountId }: RetryFailedQuickBooksPaymentsCommand): Promise<number> {
    return this.scope.transaction(accountId, async (em) => {
      const failed = await em.find(Payment, { quickBooksState: 'failed' }, { orderBy: { id: 'asc' } });
      const writes = failed.map((payment) => resendToQuickBooks(payment, 'QuickBooks connected again'));
      await em.flush();
      for (const write of writes) await this.commands.execute(write);
      return writes.length;
    });
  }
}
