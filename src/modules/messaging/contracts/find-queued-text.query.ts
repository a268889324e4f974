import { Query } from '@nestjs/cqrs';
import type { SendTextResult } from './send-text.command';

/**
 * The text already queued under this message id (the idempotency key a SendTextCommand was given),
 * or null: how a retried sender learns that its text went before it decides anything again.
 */
export class FindQueuedTextQuery extends Query<SendTextResult | null> {
  constructor(
    readonly accountId: string,
    readonly messageId: string,
  ) {
    super();
  }
}
