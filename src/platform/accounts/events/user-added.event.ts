import { DomainEvent } from '../../outbox/domain-event';
import type { UserRole } from '../../tenancy/principal';

export class UserAddedEvent extends DomainEvent {
  static readonly eventName = 'accounts.user-added.v1';

  constructor(
    accountId: string,
    readonly userId: string,
    readonly role: UserRole,
  ) {
    super(accountId);
  }
}
