import { AsyncLocalStorage } from 'node:async_hooks';
import { LockMode } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { InFlight } from '../../../../libs/in-flight';
import { AccountScope } from '../../../platform/database/account-scope';
import { Outbox } from '../../../platform/outbox/outbox';
import type { AccessTokenSource } from '../domain/access-token-source.port';
import { QuickBooksConnection, type SealedTokens } from '../domain/quickbooks-connection';
import type { QuickBooksCompanyRef } from '../domain/quickbooks-company.ref';
import { QuickBooksConnectionLostError } from '../domain/quickbooks.errors';
import { IntuitGrantRejectedError, IntuitOAuthAdapter, type IntuitTokens } from './intuit-oauth.adapter';
import { TokenCipher } from './token-cipher';

type RefreshOutcome = { accessToken: string; lost?: undefined } | { accessToken?: undefined; lost: string };

interface GrantedToken {
  company: QuickBooksCompanyRef;
  accessToken: string;
}

/** Refresh this long before the access token expires, so no call goes out with a dying token. */
const REFRESH_AHEAD_MS = 5 * 60 * 1000;

/**
 * Access tokens from the connection row. A refresh is single-flight across every process: it runs
 * under a row lock (SELECT … FOR UPDATE), and whoever waited on the lock finds the new token and
 * uses it. The rotated refresh token is written in the same transaction that read the old one. A
 * refused refresh marks the connection needs_reconnect, once, and every caller gets
 * QuickBooksConnectionLostError instead of looping.
 */
@Injectable()
export class ConnectionTokenSource implements AccessTokenSource {
  private readonly logger = new Logger(ConnectionTokenSource.name);
  private readonly granted = new AsyncLocalStorage<GrantedToken>();

  /**
   * Reads of the stored token by connection, one at a time for the calls that want it at the same
   * moment: an import asks for its count and first pages at once, and with a read each they went
   * out in whatever order the reads came back, so that the first page was often answered last and
   * the first write waited.
   */
  private readonly reads = new InFlight<string, string>();

  constructor(
    private readonly scope: AccountScope,
    private readonly cipher: TokenCipher,
    private readonly intuit: IntuitOAuthAdapter,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Runs `work` with an access token Intuit has just granted and nothing has stored yet: a company
   * is read from QuickBooks before its connection is written, so that the connection, its tokens
   * and its event are stored together. Only calls for that company, made within `work`, use it.
   */
  withGrantedToken<T>(company: QuickBooksCompanyRef, accessToken: string, work: () => Promise<T>): Promise<T> {
    return this.granted.run({ company, accessToken }, work);
  }

  async current(company: QuickBooksCompanyRef): Promise<string> {
    return this.grantedFor(company) ?? this.reads.run(company.connectionId, () => this.storedOrRefreshed(company));
  }

  private async storedOrRefreshed(company: QuickBooksCompanyRef): Promise<string> {
    const connection = await this.scope.read(company.accountId, (em) =>
      em.findOne(QuickBooksConnection, { id: company.connectionId }),
    );
    const token = this.usableToken(connection, company);
    if (token.expiresAt.getTime() - Date.now() > REFRESH_AHEAD_MS) return token.clear;
    return this.refresh(company, token.clear);
  }

  async afterUnauthorized(company: QuickBooksCompanyRef, staleToken: string): Promise<string> {
    if (this.grantedFor(company)) {
      throw new QuickBooksConnectionLostError(company.connectionId, 'QuickBooks refused the token it had just granted');
    }
    return this.refresh(company, staleToken);
  }

  private grantedFor(company: QuickBooksCompanyRef): string | undefined {
    const granted = this.granted.getStore();
    const same = granted?.company.connectionId === company.connectionId && granted.company.realmId === company.realmId;
    return same ? granted.accessToken : undefined;
  }

  private async refresh(company: QuickBooksCompanyRef, staleToken: string): Promise<string> {
    const outcome = await this.scope.transaction(company.accountId, async (tx): Promise<RefreshOutcome> => {
      const connection = await tx.findOne(
        QuickBooksConnection,
        { id: company.connectionId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const token = this.usableToken(connection, company);
      const refreshedMeanwhile = token.clear !== staleToken;
      if (refreshedMeanwhile && token.expiresAt.getTime() - Date.now() > REFRESH_AHEAD_MS) {
        return { accessToken: token.clear };
      }
      const live = connection as QuickBooksConnection;
      try {
        const tokens = await this.intuit.refresh(this.cipher.open(live.refreshToken as string), live.realmId);
        live.refreshed(this.seal(tokens));
        return { accessToken: tokens.accessToken };
      } catch (error) {
        if (!(error instanceof IntuitGrantRejectedError)) throw error;
        this.logger.warn({ realmId: live.realmId, reason: error.message }, 'QuickBooks refused the refresh token');
        live.lose(error.message);
        this.outbox.record(tx, ...live.pullEvents());
        return { lost: live.statusReason as string };
      }
    });
    if (outcome.lost !== undefined) throw new QuickBooksConnectionLostError(company.connectionId, outcome.lost);
    return outcome.accessToken;
  }

  private usableToken(connection: QuickBooksConnection | null, company: QuickBooksCompanyRef) {
    if (!connection || !connection.isConnected() || !connection.accessToken || !connection.accessTokenExpiresAt) {
      throw new QuickBooksConnectionLostError(company.connectionId, connection?.statusReason ?? 'not connected');
    }
    return { clear: this.cipher.open(connection.accessToken), expiresAt: connection.accessTokenExpiresAt };
  }

  seal(tokens: IntuitTokens): SealedTokens {
    return {
      accessToken: this.cipher.seal(tokens.accessToken),
      refreshToken: this.cipher.seal(tokens.refreshToken),
      accessTokenExpiresAt: tokens.accessTokenExpiresAt,
      refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
      refreshTokenHardExpiresAt: tokens.refreshTokenHardExpiresAt,
    };
  }
}
