import { EntityManager } from '@mikro-orm/postgresql';
import { Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { accountScopedEm } from '../../../../platform/database/tenant-filter';
import { Outbox } from '../../../../platform/outbox/outbox';
import { QuickBooksConnectedEvent } from '../../contracts';
import { OAuthState } from '../../domain/oauth-state';
import { QuickBooksConnection } from '../../domain/quickbooks-connection';
import { IntegrationErrors } from '../../integration.errors';
import { ConnectionTokenSource } from '../../infrastructure/connection-token-source';
import { IntuitOAuthAdapter } from '../../infrastructure/intuit-oauth.adapter';
import { QuickBooksCompanyReader } from '../../infrastructure/quickbooks-company.reader';
import { CompleteQuickBooksConnectionCommand, type ConnectedCompany } from './complete-quickbooks-connection.command';

/**
 * Intuit's redirect after consent. The state proves which account and user asked (once, within ten
 * minutes); the company must not belong to another account, nor replace this account's company
 * unless that was asked for. Only then is the code exchanged, the tokens sealed and stored, and the
 * company described from QuickBooks itself.
 */
@CommandHandler(CompleteQuickBooksConnectionCommand)
export class CompleteQuickBooksConnectionHandler implements ICommandHandler<CompleteQuickBooksConnectionCommand> {
  private readonly logger = new Logger(CompleteQuickBooksConnectionHandler.name);

  constructor(
    private readonly em: EntityManager,
    private readonly intuit: IntuitOAuthAdapter,
    private readonly tokens: ConnectionTokenSource,
    private readonly companies: QuickBooksCompanyReader,
    private readonly outbox: Outbox,
  ) {}

  async execute(command: CompleteQuickBooksConnectionCommand): Promise<ConnectedCompany> {
    const state = await this.consumeState(command.state);
    if (command.error)
      throw command.error === 'access_denied'
        ? IntegrationErrors.accessDenied()
        : IntegrationErrors.intuitRefused(command.error);
    if (!command.code || !command.realmId || !/^\d{1,32}$/.test(command.realmId)) {
      throw IntegrationErrors.intuitRefused('the answer had no authorization code or company id');
    }
    const realmId = command.realmId;
    const em = accountScopedEm(this.em, state.accountId);

    const takenElsewhere = await em.count(
      QuickBooksConnection,
      { realmId, accountId: { $ne: state.accountId }, status: { $ne: 'disconnected' } },
      { filters: false },
    );
    if (takenElsewhere > 0) throw IntegrationErrors.companyTakenByAnotherAccount();
    const existing = await em.findOne(QuickBooksConnection, { accountId: state.accountId });
    existing?.assertMayConnectTo(realmId, state.replaceCompany);

    const sealed = this.tokens.seal(await this.exchange(command.code, realmId));
    const connection =
      existing ??
      QuickBooksConnection.connect({ accountId: state.accountId, userId: state.userId, realmId, tokens: sealed });
    if (existing)
      existing.reconnect({ userId: state.userId, realmId, tokens: sealed, replaceCompany: state.replaceCompany });
    await em.persist(connection).flush();

    connection.describe(
      await this.companies.describe({ connectionId: connection.id, accountId: connection.accountId, realmId }),
    );
    await em.transactional(async (tx) => {
      tx.persist(connection);
      this.outbox.record(
        tx,
        new QuickBooksConnectedEvent(connection.accountId, realmId, connection.companyName, connection.homeCurrency),
      );
    });
    this.logger.log({ realmId, accountId: connection.accountId }, 'QuickBooks connected');
    return { companyName: connection.companyName, realmId };
  }

  private async consumeState(id: string | undefined): Promise<OAuthState> {
    if (!id || id.length > 64) throw IntegrationErrors.invalidState();
    const claimed = await this.em.nativeUpdate(
      OAuthState,
      { id, usedAt: null, expiresAt: { $gt: new Date() } },
      { usedAt: new Date() },
    );
    if (claimed !== 1) throw IntegrationErrors.invalidState();
    return this.em.fork().findOneOrFail(OAuthState, { id });
  }

  private async exchange(code: string, realmId: string) {
    try {
      return await this.intuit.exchangeCode(code, realmId);
    } catch (error) {
      throw IntegrationErrors.intuitRefused(error instanceof Error ? error.message : String(error));
    }
  }
}
