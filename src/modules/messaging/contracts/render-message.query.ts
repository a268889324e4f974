import { Query } from '@nestjs/cqrs';
import type { MessageSource, MessageValues } from './message-values';
import type { RenderedMessage } from './rendered-message';

/**
 * Fills a message's placeholders, normalises it to GSM-7 where a character has a GSM equivalent,
 * and appends the payment link when `values.paymentLink` is set and the text lacks it. Unknown
 * placeholders are a 400 naming them (MESSAGING.UNKNOWN_PLACEHOLDERS).
 */
export class RenderMessageQuery extends Query<RenderedMessage> {
  constructor(
    readonly accountId: string,
    readonly source: MessageSource,
    readonly values: MessageValues,
  ) {
    super();
  }
}
