import { randomBytes } from 'node:crypto';

/** About 100 days, what Intuit answers in x_refresh_token_expires_in. */
export const REFRESH_TOKEN_TTL_SECONDS = 8_726_400;
/** The five-year cap on a connection's refresh tokens (Intuit, November 2025). */
export const REFRESH_TOKEN_HARD_TTL_SECONDS = 5 * 365 * 24 * 3600;
const CODE_TTL_MS = 5 * 60 * 1000;

export interface Grant {
  id: string;
  realmId: string;
  clientId: string;
  scope: string[];
  revoked: boolean;
  createdAtMs: number;
}

interface AuthorizationCode {
  grantId: string;
  redirectUri: string;
  expiresAtMs: number;
  used: boolean;
}

interface AccessToken {
  grantId: string;
  expiresAtMs: number;
}

interface RefreshToken {
  grantId: string;
  parent?: string;
  children: string[];
  dead: boolean;
  expiresAtMs: number;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  grant: Grant;
}

export type AccessCheck = { ok: true; grant: Grant } | { ok: false; reason: 'unknown' | 'expired' | 'revoked' };

function token(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * Grants (connections), codes and tokens. Refresh tokens rotate: each refresh issues a new one,
 * and once a new one is used its parent and any sibling issued from that parent stop working —
 * which is what bites two processes refreshing at once.
 */
export class OAuthStore {
  private readonly grants = new Map<string, Grant>();
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly accessTokens = new Map<string, AccessToken>();
  private readonly refreshTokens = new Map<string, RefreshToken>();

  constructor(private accessTokenTtlSeconds: number) {}

  get accessTokenTtl(): number {
    return this.accessTokenTtlSeconds;
  }

  setAccessTokenTtl(seconds: number): void {
    this.accessTokenTtlSeconds = seconds;
  }

  issueCode(clientId: string, realmId: string, scope: string[], redirectUri: string): string {
    const grant: Grant = { id: token('g'), realmId, clientId, scope, revoked: false, createdAtMs: Date.now() };
    this.grants.set(grant.id, grant);
    const code = token('AB11');
    this.codes.set(code, { grantId: grant.id, redirectUri, expiresAtMs: Date.now() + CODE_TTL_MS, used: false });
    return code;
  }

  /** A code works once, before it expires, with the redirect URI it was issued for. */
  exchangeCode(code: string, clientId: string, redirectUri: string): IssuedTokens | undefined {
    const record = this.codes.get(code);
    if (!record) return undefined;
    const grant = this.grants.get(record.grantId) as Grant;
    if (record.used) {
      // Intuit treats a replayed code as an attack and kills what it produced.
      this.revokeGrant(grant.id);
      return undefined;
    }
    record.used = true;
    if (record.expiresAtMs < Date.now() || record.redirectUri !== redirectUri || grant.clientId !== clientId)
      return undefined;
    return this.issueTokens(grant);
  }

  refresh(refreshToken: string, clientId: string): IssuedTokens | undefined {
    const record = this.refreshTokens.get(refreshToken);
    if (!record || record.dead || record.expiresAtMs < Date.now()) return undefined;
    const grant = this.grants.get(record.grantId) as Grant;
    if (grant.revoked || grant.clientId !== clientId) return undefined;
    if (record.parent) this.retireFamilyOf(record.parent, refreshToken);
    const issued = this.issueTokens(grant, refreshToken);
    record.children.push(issued.refreshToken);
    return issued;
  }

  checkAccessToken(accessToken: string): AccessCheck {
    const record = this.accessTokens.get(accessToken);
    if (!record) return { ok: false, reason: 'unknown' };
    const grant = this.grants.get(record.grantId) as Grant;
    if (grant.revoked) return { ok: false, reason: 'revoked' };
    if (record.expiresAtMs <= Date.now()) return { ok: false, reason: 'expired' };
    return { ok: true, grant };
  }

  /** Revoking either token of a connection ends the whole connection, as Intuit does. */
  revokeToken(tokenValue: string): boolean {
    const grantId = this.accessTokens.get(tokenValue)?.grantId ?? this.refreshTokens.get(tokenValue)?.grantId;
    if (!grantId) return false;
    this.revokeGrant(grantId);
    return true;
  }

  revokeRealm(realmId: string): number {
    let count = 0;
    for (const grant of this.grants.values()) {
      if (grant.realmId === realmId && !grant.revoked) {
        this.revokeGrant(grant.id);
        count += 1;
      }
    }
    return count;
  }

  expireAllAccessTokens(): void {
    const now = Date.now();
    for (const record of this.accessTokens.values()) record.expiresAtMs = Math.min(record.expiresAtMs, now);
  }

  clear(): void {
    this.grants.clear();
    this.codes.clear();
    this.accessTokens.clear();
    this.refreshTokens.clear();
  }

  private issueTokens(grant: Grant, parent?: string): IssuedTokens {
    const accessToken = token('eyJ');
    const refreshToken = token('RT1-');
    this.accessTokens.set(accessToken, {
      grantId: grant.id,
      expiresAtMs: Date.now() + this.accessTokenTtlSeconds * 1000,
    });
    this.refreshTokens.set(refreshToken, {
      grantId: grant.id,
      parent,
      children: [],
      dead: false,
      expiresAtMs: Math.min(
        Date.now() + REFRESH_TOKEN_TTL_SECONDS * 1000,
        grant.createdAtMs + REFRESH_TOKEN_HARD_TTL_SECONDS * 1000,
      ),
    });
    return { accessToken, refreshToken, grant };
  }

  private retireFamilyOf(parentToken: string, survivor: string): void {
    const parent = this.refreshTokens.get(parentToken);
    if (!parent) return;
    parent.dead = true;
    for (const child of parent.children) {
      const sibling = this.refreshTokens.get(child);
      if (sibling && child !== survivor) sibling.dead = true;
    }
  }

  private revokeGrant(grantId: string): void {
    const grant = this.grants.get(grantId);
    if (grant) grant.revoked = true;
  }
}
