import { EntityManager } from '@mikro-orm/postgresql';
import { Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Outbox } from '../../../../platform/outbox/outbox';
import { QuickBooksDisconnectedEvent } from '../../contracts';
import { QuickBooksConnection } from '../../domain/quickbooks-connection';
import { IntegrationErrors } from '../../integration.errors';
import { IntuitOAuthAdapter } from '../../infrastructure/intuit-oauth.adapter';
import { TokenCipher } from '../../infrastructure/token-cipher';
import { DisconnectQuickBooksCommand } from './disconnect-quickbooks.command';

/**
 * Revokes the tokens at Intuit and forgets them. What was imported stays. If Intuit cannot be
 * reached the tokens are still forgotten here (they lapse at Intuit) and the failure is recorded.
 */
@CommandHandler(DisconnectQuickBooksCommand)
export class DisconnectQuickBooksHandler implements ICommandHandler<DisconnectQuickBooksCommand> {
  private readonly logger = new Logger(DisconnectQuickBooksHandler.name);

  constructor(
    private readonly em: EntityManager,
    private readonly intuit: IntuitOAuthAdapter,
    private readonly cipher: TokenCipher,
    private readonly outbox: Outbox,
  ) {}

  async execute({ accountId }: DisconnectQuickBooksCommand): Promise<void> {
    const connection = await this.em.findOne(QuickBooksConnection, { accountId });
    if (!connection) throw IntegrationErrors.connectionNotFound();
    if (connection.status === 'disconnected') return;
    if (connection.refreshToken) {
      await this.intuit.revoke(this.cipher.open(connection.refreshToken)).catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        this.logger.warn({ realmId: connection.realmId, reason: message }, 'QuickBooks revoke failed');
        connection.recordFailure({ operation: 'revoke tokens', message, code: null, intuitTid: null });
      });
    }
    connection.disconnect();
    await this.em.transactional(async (tx) => {
      tx.persist(connection);
      this.outbox.record(tx, new QuickBooksDisconnectedEvent(accountId, connection.realmId));
    });
  }
}
