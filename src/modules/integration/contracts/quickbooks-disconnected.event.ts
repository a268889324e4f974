import { DomainEvent } from '../../../platform/outbox/domain-event';

export class QuickBooksDisconnectedEvent extends DomainEvent {
  static readonly eventName = 'integration.quickbooks-disconnected.v1';

  constructor(
    accountId: string,
    readonly realmId: string,
  ) {
    super(accountId);
  }
}
