import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import OAuthClient from 'intuit-oauth';
import { quickbooksConfig, type QuickBooksConfig } from './quickbooks.config';

export const QUICKBOOKS_SCOPES = [
  OAuthClient.scopes.Accounting,
  OAuthClient.scopes.OpenId,
  OAuthClient.scopes.Profile,
  OAuthClient.scopes.Email,
];

/** Tokens as Intuit issued them, in clear, with their lifetimes turned into instants. */
export interface IntuitTokens {
  realmId: string;
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: Date;
  refreshTokenExpiresAt: Date | null;
  refreshTokenHardExpiresAt: Date | null;
}

/** Intuit refused the grant (invalid_grant): the refresh token is revoked, expired or superseded. */
export class IntuitGrantRejectedError extends Error {}

/** Intuit answered the token call with another error, or not at all. */
export class IntuitTokenCallError extends Error {
  constructor(
    message: string,
    readonly intuitTid: string | null,
  ) {
    super(message);
  }
}

interface IntuitErrorShape {
  error?: string;
  error_description?: string;
  intuit_tid?: string;
  intuitTid?: string;
  message?: string;
}

/**
 * intuit-oauth behind Settle's port. A client instance holds one token, so each call makes its
 * own; the endpoint overrides are static in intuit-oauth and set once, here, at start.
 */
@Injectable()
export class IntuitOAuthAdapter implements OnModuleInit {
  constructor(@Inject(quickbooksConfig.KEY) private readonly config: QuickBooksConfig) {}

  onModuleInit(): void {
    this.client().setAuthorizeURLs({
      authorizeEndpoint: this.config.authorizeUrl,
      tokenEndpoint: this.config.tokenUrl,
      revokeEndpoint: this.config.revokeUrl,
      userInfoEndpoint: this.config.userInfoUrl,
    });
  }

  authorizeUrl(state: string): string {
    return this.client().authorizeUri({ scope: QUICKBOOKS_SCOPES, state });
  }

  async exchangeCode(code: string, realmId: string): Promise<IntuitTokens> {
    const client = this.client();
    const query = new URLSearchParams({ code, realmId });
    await this.call(() => client.createToken(`${this.config.redirectUri}?${query.toString()}`));
    return this.tokensOf(client, realmId);
  }

  async refresh(refreshToken: string, realmId: string): Promise<IntuitTokens> {
    const client = this.client();
    await this.call(() => client.refreshUsingToken(refreshToken));
    return this.tokensOf(client, realmId);
  }

  async revoke(refreshToken: string): Promise<void> {
    await this.call(() => this.client().revoke({ refresh_token: refreshToken }));
  }

  private client(): OAuthClient {
    return new OAuthClient({
      clientId: this.config.clientId,
      clientSecret: this.config.clientSecret,
      environment: this.config.environment,
      redirectUri: this.config.redirectUri,
      includeRefreshTokenHardExpiresIn: true,
    });
  }

  private async call(work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      const shape = error as IntuitErrorShape;
      if (shape.error === 'invalid_grant') {
        throw new IntuitGrantRejectedError(shape.error_description || 'invalid_grant');
      }
      const detail =
        [shape.error, shape.error_description].filter(Boolean).join(': ') || shape.message || String(error);
      throw new IntuitTokenCallError(detail, shape.intuit_tid || shape.intuitTid || null);
    }
  }

  private tokensOf(client: OAuthClient, realmId: string): IntuitTokens {
    const token = client.getToken().getToken();
    const now = Date.now();
    const at = (seconds: number | undefined) => (seconds ? new Date(now + seconds * 1000) : null);
    return {
      realmId: token.realmId || realmId,
      accessToken: token.access_token ?? '',
      refreshToken: token.refresh_token ?? '',
      accessTokenExpiresAt: at(token.expires_in) ?? new Date(now),
      refreshTokenExpiresAt: at(token.x_refresh_token_expires_in),
      refreshTokenHardExpiresAt: at(token.x_refresh_token_hard_expires_in),
    };
  }
}
