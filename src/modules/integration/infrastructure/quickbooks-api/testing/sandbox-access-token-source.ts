import type OAuthClient from 'intuit-oauth';
import type { AccessTokenSource } from '../../../domain/access-token-source.port';

interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

/**
 * A test double of Settle's AccessTokenSource port for one company: it keeps the tokens in memory
 * and refreshes for real through intuit-oauth's refreshUsingToken against the sandbox.
 */
export class SandboxAccessTokenSource implements AccessTokenSource {
  currentCalls = 0;
  unauthorizedCalls = 0;
  refreshes = 0;
  private refreshing: Promise<string> | undefined;

  constructor(
    private readonly oauth: OAuthClient,
    private tokens: TokenPair,
  ) {}

  async current(): Promise<string> {
    this.currentCalls += 1;
    return this.tokens.accessToken;
  }

  async afterUnauthorized(_company: unknown, staleToken: string): Promise<string> {
    this.unauthorizedCalls += 1;
    if (staleToken !== this.tokens.accessToken) return this.tokens.accessToken;
    this.refreshing ??= this.refresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async refresh(): Promise<string> {
    this.refreshes += 1;
    const answer = await this.oauth.refreshUsingToken(this.tokens.refreshToken);
    const token = answer.getJson() as { access_token: string; refresh_token: string };
    this.tokens = { accessToken: token.access_token, refreshToken: token.refresh_token };
    return this.tokens.accessToken;
  }
}
