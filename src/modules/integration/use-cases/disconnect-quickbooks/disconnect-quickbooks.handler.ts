import { LockMode } from '@mikro-orm/postgresql';
import { Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Outbox } from '../../../../platform/outbox/outbox';
import { QuickBooksConnection } from '../../domain/quickbooks-connection';
import { IntegrationErrors } from '../../integration.errors';
import { IntuitOAuthAdapter } from '../../infrastructure/intuit-oauth.adapter';
import { TokenCipher } from '../../infrastructure/token-cipher';
import { DisconnectQuickBooksCommand } from './disconnect-quickbooks.command';
import { safeMessageOf } from '../../../../platform/logging/error-redaction';

/**
 * Revokes the tokens at Intuit and forgets them. What was imported stays. If Intuit cannot be
 * reached the tokens are still forgotten here (they lapse at Intuit) and the failure is recorded.
 * The row stays locked meanwhile, so a token refresh cannot rotate the token being revoked.
 */
@CommandHandler(DisconnectQuickBooksCommand)
export class DisconnectQuickBooksHandler implements ICommandHandler<DisconnectQuickBooksCommand> {
  private readonly logger = new Logger(DisconnectQuickBooksHandler.name);

  constructor(
    private readonly scope: AccountScope,
    private readonly intuit: IntuitOAuthAdapter,
    private readonly cipher: TokenCipher,
    private readonly outbox: Outbox,
  ) {}

  execute({ accountId }: DisconnectQuickBooksCommand): Promise<void> {
    return this.scope.transaction(accountId, async (em) => {
      const connection = await em.findOne(
        QuickBooksConnection,
        { accountId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!connection) throw IntegrationErrors.connectionNotFound();
      if (connection.isDisconnected()) return;
      if (connection.refreshToken) await this.revoke(connection, connection.refreshToken);
      connection.disconnect();
      this.outbox.record(em, ...connection.pullEvents());
    });
  }

  private async revoke(connection: QuickBooksConnection, sealedRefreshToken: string): Promise<void> {
    try {
      await this.intuit.revoke(this.cipher.open(sealedRefreshToken));
    } catch (error) {
      const message = safeMessageOf(error);
      this.logger.warn({ realmId: connection.realmId, reason: message }, 'QuickBooks revoke failed');
      connection.recordFailure({ operation: 'revoke tokens', message, code: null, intuitTid: null });
    }
  }
}
