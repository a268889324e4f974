import { DomainEvent } from '../../outbox/domain-event';

export class AccountCreatedEvent extends DomainEvent {
  static readonly eventName = 'accounts.account-created.v1';

  constructor(
    accountId: string,
    readonly name: string,
    readonly ownerUserId: string,
  ) {
    super(accountId);
  }
}
