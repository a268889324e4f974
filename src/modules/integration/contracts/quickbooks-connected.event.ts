import { DomainEvent } from '../../../platform/outbox/domain-event';

export class QuickBooksConnectedEvent extends DomainEvent {
  static readonly eventName = 'integration.quickbooks-connected.v1';

  constructor(
    accountId: string,
    readonly realmId: string,
    readonly companyName: string,
    readonly homeCurrency: string,
  ) {
    super(accountId);
  }
}
