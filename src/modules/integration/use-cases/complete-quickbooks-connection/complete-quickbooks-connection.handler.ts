import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { newId } from '../../../../../libs/ids';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Outbox } from '../../../../platform/outbox/outbox';
import { OAuthState } from '../../domain/oauth-state';
import { QuickBooksConnection, type CompanyDetails, type Grant } from '../../domain/quickbooks-connection';
import type { QuickBooksCompanyRef } from '../../domain/quickbooks-company.ref';
import { IntegrationErrors } from '../../integration.errors';
import { ConnectionTokenSource } from '../../infrastructure/connection-token-source';
import { IntuitOAuthAdapter, type IntuitTokens } from '../../infrastructure/intuit-oauth.adapter';
import { QuickBooksCompanyReader } from '../../infrastructure/quickbooks-company.reader';
import {
  CompleteQuickBooksConnectionCommand,
  type CompletedConnection,
} from './complete-quickbooks-connection.command';

const LIVE_REALM_INDEX = 'integration_qbo_connections_live_realm_unique';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Intuit's redirect after consent. The state proves which account and user asked (once, within ten
 * minutes); the company must not belong to another account, nor replace this account's company
 * unless that was asked for. Only then is the code exchanged and the company described from
 * QuickBooks itself (CompanyInfo, Preferences) with the new token. What is written (the connection,
 * its sealed tokens and QuickBooksConnected) is one transaction: all of it or none.
 */
@CommandHandler(CompleteQuickBooksConnectionCommand)
export class CompleteQuickBooksConnectionHandler implements ICommandHandler<CompleteQuickBooksConnectionCommand> {
  private readonly logger = new Logger(CompleteQuickBooksConnectionHandler.name);

  constructor(
    private readonly scope: AccountScope,
    private readonly intuit: IntuitOAuthAdapter,
    private readonly tokens: ConnectionTokenSource,
    private readonly companies: QuickBooksCompanyReader,
    private readonly outbox: Outbox,
  ) {}

  async execute(command: CompleteQuickBooksConnectionCommand): Promise<CompletedConnection> {
    const state = await this.consumeState(command.state);
    if (command.error)
      throw command.error === 'access_denied'
        ? IntegrationErrors.accessDenied()
        : IntegrationErrors.intuitRefused(command.error);
    if (!command.code || !command.realmId || !/^\d{1,32}$/.test(command.realmId)) {
      throw IntegrationErrors.intuitRefused('the answer had no authorization code or company id');
    }
    const realmId = command.realmId;
    const { accountId, userId, replaceCompany } = state;

    const existing = await this.scope.read(accountId, (em) => this.mayConnect(em, state, realmId));
    const issued = await this.exchange(command.code, realmId);
    const ref: QuickBooksCompanyRef = { connectionId: existing?.id ?? newId(), accountId, realmId };
    const grant: Grant = {
      userId,
      realmId,
      tokens: this.tokens.seal(issued),
      company: await this.describe(ref, issued),
    };

    const connection = await this.store(accountId, ref.connectionId, grant, replaceCompany);
    this.logger.log({ realmId, accountId }, 'QuickBooks connected');
    return { companyName: connection.companyName, realmId };
  }

  /**
   * The one transaction. The checks run again within it, since the company was read meanwhile; the
   * unique indexes settle a true race with another callback.
   */
  private async store(
    accountId: string,
    connectionId: string,
    grant: Grant,
    replaceCompany: boolean,
  ): Promise<QuickBooksConnection> {
    try {
      return await this.scope.transaction(accountId, async (em) => {
        const existing = await this.mayConnect(em, { accountId, replaceCompany }, grant.realmId);
        const connection = existing ?? QuickBooksConnection.connect({ ...grant, id: connectionId, accountId });
        if (existing) existing.reconnect({ ...grant, replaceCompany });
        em.persist(connection);
        this.outbox.record(em, ...connection.pullEvents());
        return connection;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException && error.message.includes(LIVE_REALM_INDEX)) {
        throw IntegrationErrors.companyTakenByAnotherAccount();
      }
      throw error;
    }
  }

  /** Refuses a company another account holds, or a switch of company not asked for; answers the connection held. */
  private async mayConnect(
    em: EntityManager,
    asked: { accountId: string; replaceCompany: boolean },
    realmId: string,
  ): Promise<QuickBooksConnection | null> {
    const takenElsewhere = await em.count(
      QuickBooksConnection,
      { realmId, accountId: { $ne: asked.accountId }, status: { $ne: 'disconnected' } },
      { filters: false },
    );
    if (takenElsewhere > 0) throw IntegrationErrors.companyTakenByAnotherAccount();
    const existing = await em.findOne(QuickBooksConnection, { accountId: asked.accountId });
    existing?.assertMayConnectTo(realmId, asked.replaceCompany);
    return existing;
  }

  /** Claimed before anything else and on its own: a replayed or forged state never reaches Intuit. */
  private consumeState(id: string | undefined): Promise<OAuthState> {
    if (!id || id.length > 64) throw IntegrationErrors.invalidState();
    return this.scope.acrossAccounts(async (em) => {
      const claimed = await em.nativeUpdate(
        OAuthState,
        { id, usedAt: null, expiresAt: { $gt: new Date() } },
        { usedAt: new Date() },
      );
      if (claimed !== 1) throw IntegrationErrors.invalidState();
      return em.findOneOrFail(OAuthState, { id });
    });
  }

  private async exchange(code: string, realmId: string): Promise<IntuitTokens> {
    try {
      return await this.intuit.exchangeCode(code, realmId);
    } catch (error) {
      throw IntegrationErrors.intuitRefused(messageOf(error));
    }
  }

  /** CompanyInfo and Preferences, read with the token just issued, before anything is stored. */
  private async describe(company: QuickBooksCompanyRef, issued: IntuitTokens): Promise<CompanyDetails> {
    try {
      return await this.tokens.withGrantedToken(company, issued.accessToken, () => this.companies.describe(company));
    } catch (error) {
      const reason = messageOf(error);
      this.logger.warn({ realmId: company.realmId, reason }, 'QuickBooks company could not be read');
      throw IntegrationErrors.intuitRefused(`the company could not be read (${reason})`);
    }
  }
}
