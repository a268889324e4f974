import { newId } from '../../../../libs/ids';
import type { DomainEvent } from '../../../platform/outbox/domain-event';
import { QuickBooksConnectedEvent } from '../contracts/quickbooks-connected.event';
import { QuickBooksConnectionLostEvent } from '../contracts/quickbooks-connection-lost.event';
import { QuickBooksDisconnectedEvent } from '../contracts/quickbooks-disconnected.event';
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

/** A consent Intuit has just granted: the company it is for, the tokens, and what QuickBooks says of it. */
export interface Grant {
  userId: string;
  realmId: string;
  tokens: SealedTokens;
  company: CompanyDetails;
}

/**
 * An account's link to one QuickBooks company. One per account; the realm can be changed only on
 * an explicit request, so two companies' books are never merged by accident. It records its own
 * events (connected, disconnected, lost) for the outbox.
 */
export class QuickBooksConnection {
  id!: string;
  accountId!: string;
  realmId!: string;
  companyName!: string;
  companyCountry!: string | null;
  homeCurrency!: string;
  undepositedFundsAccountId!: string | null;
  /** PaymentMethod Ids by name, kept once found or made so that a payment costs no lookup. */
  paymentMethodIds!: Record<string, string>;
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

  /** Not mapped: MikroORM may build loaded connections without running field initialisers. */
  private pendingEvents?: DomainEvent[];

  /**
   * The account's first connection. `id` is the one the company was described under, before the
   * connection existed, so that log lines of that read name this connection.
   */
  static connect(props: Grant & { id?: string; accountId: string }, now = new Date()): QuickBooksConnection {
    const connection = new QuickBooksConnection();
    connection.id = props.id ?? newId();
    connection.accountId = props.accountId;
    connection.lastWebhookAt = null;
    connection.lastSyncAt = null;
    connection.lastCdcPassAt = null;
    connection.recentFailures = [];
    connection.cdcCursor = null;
    connection.paymentMethodIds = {};
    connection.establish(props, now);
    return connection;
  }

  /** A new consent for this account: same company keeps everything, another needs `replaceCompany`. */
  reconnect(grant: Grant & { replaceCompany: boolean }, now = new Date()): void {
    this.assertMayConnectTo(grant.realmId, grant.replaceCompany);
    if (grant.realmId !== this.realmId) {
      this.cdcCursor = null;
      this.lastSyncAt = null;
      this.recentFailures = [];
      this.paymentMethodIds = {};
    }
    this.establish(grant, now);
  }

  /** Checked before any token is exchanged, so a refused switch leaves nothing behind. */
  assertMayConnectTo(realmId: string, replaceCompany: boolean): void {
    if (realmId !== this.realmId && !replaceCompany) throw IntegrationErrors.differentCompany(this.companyName);
  }

  private establish(grant: Grant, now: Date): void {
    this.realmId = grant.realmId;
    this.describe(grant.company);
    this.storeTokens(grant.tokens);
    this.status = 'connected';
    this.statusReason = null;
    this.connectedAt = now;
    this.connectedByUserId = grant.userId;
    this.disconnectedAt = null;
    this.cdcCursor ??= now;
    this.record(new QuickBooksConnectedEvent(this.accountId, this.realmId, this.companyName, this.homeCurrency));
  }

  /** What QuickBooks says of the company (CompanyInfo, Preferences), read with the new tokens. */
  private describe(company: CompanyDetails): void {
    this.companyName = company.companyName;
    this.companyCountry = company.country;
    this.homeCurrency = company.homeCurrency;
    this.undepositedFundsAccountId = company.undepositedFundsAccountId;
  }

  isConnected(): boolean {
    return this.status === 'connected' && this.refreshToken !== null;
  }

  isDisconnected(): boolean {
    return this.status === 'disconnected';
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

  /** QuickBooks refused the refresh token: nothing syncs until a person reconnects. Only once. */
  lose(intuitReason: string): void {
    if (this.status !== 'connected') return;
    this.status = 'needs_reconnect';
    this.statusReason = `QuickBooks refused the refresh token (${intuitReason}); reconnect QuickBooks`;
    this.recordFailure({
      operation: 'refresh token',
      message: this.statusReason,
      code: 'invalid_grant',
      intuitTid: null,
    });
    this.record(new QuickBooksConnectionLostEvent(this.accountId, this.realmId, intuitReason));
  }

  /** Forgets the tokens (revoked at Intuit, or left to lapse there); what was imported stays. */
  disconnect(now = new Date()): void {
    if (this.isDisconnected()) return;
    this.status = 'disconnected';
    this.statusReason = 'Disconnected in Settle';
    this.storeTokens(null);
    this.disconnectedAt = now;
    this.record(new QuickBooksDisconnectedEvent(this.accountId, this.realmId));
  }

  webhookReceived(at: Date): void {
    this.lastWebhookAt = at;
  }

  synced(at: Date): void {
    this.lastSyncAt = at;
  }

  /** A pass that started before the cursor (two overlapped after a lease lapsed) never moves it back. */
  cdcPassed(startedAt: Date): void {
    if (!this.cdcCursor || startedAt > this.cdcCursor) this.cdcCursor = startedAt;
    this.lastCdcPassAt = new Date();
    this.lastSyncAt = this.lastCdcPassAt;
  }

  recordFailure(failure: Omit<SyncFailure, 'at'>): void {
    this.recentFailures = [{ at: new Date().toISOString(), ...failure }, ...this.recentFailures].slice(
      0,
      RECENT_FAILURES,
    );
  }

  /** The events recorded since the last call, for the outbox. */
  pullEvents(): DomainEvent[] {
    const events = this.pendingEvents ?? [];
    this.pendingEvents = [];
    return events;
  }

  private record(event: DomainEvent): void {
    this.pendingEvents = [...(this.pendingEvents ?? []), event];
  }
}
