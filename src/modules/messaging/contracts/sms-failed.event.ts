import { DomainEvent } from '../../../platform/outbox/domain-event';

/** A text will not arrive: Vonage refused it, or a part's receipt failed for good. */
export class SmsFailedEvent extends DomainEvent {
  static readonly eventName = 'messaging.sms-failed.v1';

  constructor(
    accountId: string,
    readonly messageId: string,
    readonly contactId: string,
    readonly invoiceId: string | null,
    readonly reason: string,
  ) {
    super(accountId);
  }
}
