import { DomainEvent } from '../../../platform/outbox/domain-event';

/** Every part of a text reached the contact's phone (by Vonage's receipts). */
export class SmsDeliveredEvent extends DomainEvent {
  static readonly eventName = 'messaging.sms-delivered.v1';

  constructor(
    accountId: string,
    readonly messageId: string,
    readonly contactId: string,
    readonly invoiceId: string | null,
  ) {
    super(accountId);
  }
}
