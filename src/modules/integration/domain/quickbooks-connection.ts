import { newId } from '../../../../libs/ids';
import { IntegrationErrors } from '../integration.errors';

export type ConnectionStatus = 'connected' | 'needs_reconnect' | 'disconnected';

/** Tokens as stored: already encrypted by the infrastructure; the domain never sees them in clear. */
export interface SealedTokens {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: Date;
  refreshTokenExpiresAt: Date | null;
  refreshTokenHardExpiresAt: Date | null;
}

export interface SyncFailure {
  at: string;
  operation: string;
  message: string;
  code: string | null;
  intuitTid: string | null;
}

export interface CompanyDetails {
  companyName: string;
  country: string | null;
  homeCurrency: string;
  undepositedFundsAccountId: string | null;
}

const RECENT_FAILURES = 20;

/**
 * An account's link to one QuickBooks company. One per account; the realm can be changed only on
 * an explicit request, so two companies' books are never merged by accident.
 */
export class QuickBooksConnection {
  id!: string;
  accountId!: string;
  realmId!: string;
  companyName!: string;
  companyCountry!: string | null;
  homeCurrency!: string;
  undepositedFundsAccountId!: string | null;
  status!: ConnectionStatus;
  statusReason!: string | null;
  accessToken!: string | null;
  refreshToken!: string | null;
  accessTokenExpiresAt!: Date | null;
  refreshTokenExpiresAt!: Date | null;
  refreshTokenHardExpiresAt!: Date | null;
  connectedAt!: Date;
  connectedByUserId!: string;
  disconnectedAt!: Date | null;
  lastWebhookAt!: Date | null;
  cdcCursor!: Date | null;
  lastCdcPassAt!: Date | null;
  lastSyncAt!: Date | null;
  recentFailures!: SyncFailure[];

  static connect(props: { accountId: string; userId: string; realmId: string; tokens: SealedTokens }) {
    const connection = new QuickBooksConnection();
    connection.id = newId();
    connection.accountId = props.accountId;
    connection.lastWebhookAt = null;
    connection.lastSyncAt = null;
    connection.lastCdcPassAt = null;
    connection.recentFailures = [];
    connection.companyName = `QuickBooks company ${props.realmId}`;
    connection.companyCountry = null;
    connection.homeCurrency = 'GBP';
    connection.undepositedFundsAccountId = null;
    connection.cdcCursor = null;
    connection.establish(props.userId, props.realmId, props.tokens);
    return connection;
  }

  /** A new consent for this account: same company keeps everything, another needs `replaceCompany`. */
  reconnect(props: { userId: string; realmId: string; tokens: SealedTokens; replaceCompany: boolean }): void {
    this.assertMayConnectTo(props.realmId, props.replaceCompany);
    if (props.realmId !== this.realmId) {
      this.cdcCursor = null;
      this.lastSyncAt = null;
      this.recentFailures = [];
    }
    this.establish(props.userId, props.realmId, props.tokens);
  }

  /** Checked before any token is exchanged, so a refused switch leaves nothing behind. */
  assertMayConnectTo(realmId: string, replaceCompany: boolean): void {
    if (realmId !== this.realmId && !replaceCompany) throw IntegrationErrors.differentCompany(this.companyName);
  }

  /** What QuickBooks says of the company, read once the tokens work. */
  describe(company: CompanyDetails): void {
    this.companyName = company.companyName;
    this.companyCountry = company.country;
    this.homeCurrency = company.homeCurrency;
    this.undepositedFundsAccountId = company.undepositedFundsAccountId;
  }

  private establish(userId: string, realmId: string, tokens: SealedTokens): void {
    this.realmId = realmId;
    this.storeTokens(tokens);
    this.status = 'connected';
    this.statusReason = null;
    this.connectedAt = new Date();
    this.connectedByUserId = userId;
    this.disconnectedAt = null;
    this.cdcCursor ??= this.connectedAt;
  }

  isConnected(): boolean {
    return this.status === 'connected' && this.refreshToken !== null;
  }

  refreshed(tokens: SealedTokens): void {
    this.storeTokens(tokens);
  }

  private storeTokens(tokens: SealedTokens | null): void {
    this.accessToken = tokens?.accessToken ?? null;
    this.refreshToken = tokens?.refreshToken ?? null;
    this.accessTokenExpiresAt = tokens?.accessTokenExpiresAt ?? null;
    this.refreshTokenExpiresAt = tokens?.refreshTokenExpiresAt ?? null;
    this.refreshTokenHardExpiresAt = tokens?.refreshTokenHardExpiresAt ?? null;
  }

  /** The refresh token was refused: nothing syncs until a person reconnects. */
  lose(reason: string): void {
    this.status = 'needs_reconnect';
    this.statusReason = reason;
    this.recordFailure({ operation: 'refresh token', message: reason, code: 'invalid_grant', intuitTid: null });
  }

  disconnect(): void {
    this.status = 'disconnected';
    this.statusReason = 'Disconnected in Settle';
    this.storeTokens(null);
    this.disconnectedAt = new Date();
  }

  webhookReceived(at: Date): void {
    this.lastWebhookAt = at;
  }

  synced(at: Date): void {
    this.lastSyncAt = at;
  }

  cdcPassed(startedAt: Date): void {
    this.cdcCursor = startedAt;
    this.lastCdcPassAt = new Date();
    this.lastSyncAt = this.lastCdcPassAt;
  }

  recordFailure(failure: Omit<SyncFailure, 'at'>): void {
    this.recentFailures = [{ at: new Date().toISOString(), ...failure }, ...this.recentFailures].slice(
      0,
      RECENT_FAILURES,
    );
  }
}
