import { DomainEvent } from '../../../platform/outbox/domain-event';

/** QuickBooks refused the refresh token: nothing syncs until someone reconnects. */
export class QuickBooksConnectionLostEvent extends DomainEvent {
  static readonly eventName = 'integration.quickbooks-connection-lost.v1';

  constructor(
    accountId: string,
    readonly realmId: string,
    readonly reason: string,
  ) {
    super(accountId);
  }
}
