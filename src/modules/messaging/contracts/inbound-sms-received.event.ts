import { DomainEvent } from '../../../platform/outbox/domain-event';

/** A contact texted the account (all parts of a multipart text, reassembled). */
export class InboundSmsReceivedEvent extends DomainEvent {
  static readonly eventName = 'messaging.inbound-sms-received.v1';

  constructor(
    accountId: string,
    readonly messageId: string,
    readonly contactId: string,
    /** STOP, START or HELP (and their synonyms) when the text was one, else null. */
    readonly keyword: 'opt_out' | 'opt_in' | 'help' | null,
  ) {
    super(accountId);
  }
}
