import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { CrezcoConnection } from '../../domain/crezco-connection';
import { PaymentsErrors } from '../../payments.errors';
import { DisconnectCrezcoCommand } from './disconnect-crezco.command';

/**
 * Settle stops offering bank payments for the account. The Crezco user is the business's own and is
 * not deleted at Crezco; bank payments already under way are still followed to their end.
 */
@CommandHandler(DisconnectCrezcoCommand)
export class DisconnectCrezcoHandler implements ICommandHandler<DisconnectCrezcoCommand> {
  constructor(private readonly scope: AccountScope) {}

  async execute({ accountId }: DisconnectCrezcoCommand): Promise<void> {
    await this.scope.transaction(accountId, async (em) => {
      const connection = await em.findOne(CrezcoConnection, { accountId, status: 'connected' });
      if (!connection) throw PaymentsErrors.crezcoNotConnected();
      connection.disconnect();
    });
  }
}
