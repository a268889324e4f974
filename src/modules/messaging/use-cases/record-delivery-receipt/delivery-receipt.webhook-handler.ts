import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { isUuid } from '../../../../../libs/ids';
import { deliveryOutcome, parseVonageTimestamp } from '../../../../../libs/vonage';
import { AccountScope } from '../../../../platform/database/account-scope';
import {
  HandlesWebhook,
  type WebhookHandler,
  type WebhookOutcome,
} from '../../../../platform/inbox/handles-webhook.decorator';
import type { InboxMessage } from '../../../../platform/inbox/inbox-message';
import { Outbox } from '../../../../platform/outbox/outbox';
import { DeliveryReceipt } from '../../domain/delivery-receipt';
import { Message, type PartReceipt } from '../../domain/message';
import { eventsOfStateChange } from '../../infrastructure/persistence/message-events';
import { suppress } from '../../infrastructure/persistence/suppressed-numbers';
import { VONAGE_RECEIPT_PROVIDER } from '../receive-vonage-webhook/vonage-webhook-kinds';

/**
 * Applies one part's receipt to its message, found by client-ref (Settle's message id) or else by
 * the part's id: the receipt is kept once per (part, status), and the message's state is settled
 * from all its receipts (delivered when every part is, failed when any part fails for good, and
 * an `unknown` message reconciled). A failure that says the number is dead suppresses it.
 */
@Injectable()
@HandlesWebhook(VONAGE_RECEIPT_PROVIDER)
export class DeliveryReceiptWebhookHandler implements WebhookHandler {
  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
  ) {}

  async process(inbox: InboxMessage): Promise<WebhookOutcome> {
    const fields = JSON.parse(inbox.rawBody) as Record<string, string>;
    const found = await this.messageOf(fields);
    if (!found) return 'ignored';
    const part: PartReceipt = {
      providerMessageId: fields.messageId,
      status: fields.status,
      errCode: fields['err-code'] ?? '',
      outcome: deliveryOutcome(fields.status, fields['err-code'] ?? ''),
      at: parseVonageTimestamp(fields['message-timestamp'] ?? '') ?? inbox.receivedAt,
    };
    await this.scope.transaction(found.accountId, async (em) => {
      const message = await em.findOneOrFail(Message, { id: found.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      await this.keep(em, DeliveryReceipt.of(message.accountId, message.id, part));
      const before = message.state;
      message.applyReceipts(await em.find(DeliveryReceipt, { messageId: message.id }));
      if (part.outcome === 'suppress_number' && message.contactNumber) {
        await suppress(
          em,
          message.accountId,
          message.contactNumber,
          `receipt ${part.status}, err-code ${part.errCode}`,
        );
      }
      this.outbox.record(em, ...eventsOfStateChange(message, before));
    });
    return 'processed';
  }

  /** The outgoing message the receipt is about, across accounts (a receipt names no account). */
  private messageOf(fields: Record<string, string>): Promise<{ id: string; accountId: string } | null> {
    return this.scope.acrossAccounts(async (em) => {
      const clientRef = fields['client-ref'];
      const byRef =
        clientRef && isUuid(clientRef)
          ? await em.findOne(Message, { id: clientRef, direction: 'out' }, { filters: false })
          : null;
      if (byRef) return { id: byRef.id, accountId: byRef.accountId };
      const [byPart] = await em
        .getConnection()
        .execute<{ id: string; account_id: string }[]>(
          `select id, account_id from messaging_messages where direction = 'out' and provider_ids @> ?::jsonb limit 1`,
          [JSON.stringify([fields.messageId])],
        );
      return byPart ? { id: byPart.id, accountId: byPart.account_id } : null;
    });
  }

  private async keep(em: EntityManager, receipt: DeliveryReceipt): Promise<void> {
    await em.getConnection().execute(
      `insert into messaging_delivery_receipts (id, account_id, message_id, provider_message_id, status, err_code, outcome, at)
         values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (provider_message_id, status) do nothing`,
      [
        receipt.id,
        receipt.accountId,
        receipt.messageId,
        receipt.providerMessageId.slice(0, 40),
        receipt.status.slice(0, 20),
        receipt.errCode.slice(0, 10),
        receipt.outcome,
        receipt.at,
      ],
      'run',
      em.getTransactionContext(),
    );
  }
}
