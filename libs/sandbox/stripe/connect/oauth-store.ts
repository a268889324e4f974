import { newId } from '../store/ids';

/** Stripe does not document a lifetime for authorization codes; the sandbox gives them 5 minutes (inferred). */
const CODE_TTL_MS = 5 * 60 * 1000;

export type Scope = 'read_write' | 'read_only';

interface AuthorizationCode {
  accountId: string;
  scope: Scope;
  redirectUri: string;
  expiresAtMs: number;
  used: boolean;
}

export interface Connection {
  accountId: string;
  scope: Scope;
  accessToken: string;
  refreshToken: string;
}

export type CodeExchange = { ok: true; connection: Connection } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

/** Authorization codes and the tokens of each connection (one per connected account). */
export class OAuthStore {
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly connections = new Map<string, Connection>();

  issueCode(accountId: string, scope: Scope, redirectUri: string): string {
    const code = newId.authorizationCode();
    this.codes.set(code, { accountId, scope, redirectUri, expiresAtMs: Date.now() + CODE_TTL_MS, used: false });
    return code;
  }

  /** A code works once and for a few minutes. */
  exchange(code: string): CodeExchange {
    const record = this.codes.get(code);
    if (!record) return { ok: false, reason: 'unknown' };
    if (record.used) {
      this.connections.delete(record.accountId);
      return { ok: false, reason: 'used' };
    }
    record.used = true;
    if (record.expiresAtMs < Date.now()) return { ok: false, reason: 'expired' };
    const connection: Connection = {
      accountId: record.accountId,
      scope: record.scope,
      accessToken: newId.accessToken(),
      refreshToken: newId.refreshToken(),
    };
    this.connections.set(record.accountId, connection);
    return { ok: true, connection };
  }

  /** A refresh token gives a new access token and keeps working. */
  refresh(refreshToken: string): Connection | undefined {
    const connection = [...this.connections.values()].find((c) => c.refreshToken === refreshToken);
    if (!connection) return undefined;
    connection.accessToken = newId.accessToken();
    return connection;
  }

  /** The account an access token acts on, if its connection stands. */
  accountOfAccessToken(token: string): string | undefined {
    return [...this.connections.values()].find((c) => c.accessToken === token)?.accountId;
  }

  disconnect(accountId: string): void {
    this.connections.delete(accountId);
  }

  clear(): void {
    this.codes.clear();
    this.connections.clear();
  }
}
