import type { DomainEvent } from '../../../../platform/outbox/domain-event';
import { SmsDeliveredEvent, SmsFailedEvent } from '../../contracts';
import type { Message, MessageState } from '../../domain/message';

/** The events a change of an outgoing text's state calls for. */
export function eventsOfStateChange(message: Message, before: MessageState): DomainEvent[] {
  if (message.state === before) return [];
  if (message.state === 'delivered') {
    return [new SmsDeliveredEvent(message.accountId, message.id, message.contactId, message.invoiceId)];
  }
  if (message.state === 'failed') {
    return [
      new SmsFailedEvent(
        message.accountId,
        message.id,
        message.contactId,
        message.invoiceId,
        message.failureReason ?? 'failed',
      ),
    ];
  }
  return [];
}
