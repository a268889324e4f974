import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { measureSms } from '../../../../../libs/sms';
import type { VonageInboundFields } from '../../../../../libs/vonage';
import { AccountScope } from '../../../../platform/database/account-scope';
import {
  HandlesWebhook,
  type WebhookHandler,
  type WebhookOutcome,
} from '../../../../platform/inbox/handles-webhook.decorator';
import type { InboxMessage } from '../../../../platform/inbox/inbox-message';
import { Outbox } from '../../../../platform/outbox/outbox';
import { ChangeContactConsentCommand } from '../../../contacts/contracts';
import { InboundSmsReceivedEvent } from '../../contracts';
import { assembled, InboundPart } from '../../domain/inbound-part';
import { KeywordReplies } from '../../domain/keyword-replies';
import { Message } from '../../domain/message';
import { consentKeyword, type ConsentKeyword } from '../../domain/opt-out-keywords';
import { BusinessNames } from '../../infrastructure/business-names';
import { InboundRouter, type InboundRoute } from '../../infrastructure/inbound-router';
import { openConversation } from '../../infrastructure/persistence/conversations';
import { VONAGE_INBOUND_PROVIDER } from '../receive-vonage-webhook/vonage-webhook-kinds';
import { OutgoingTexts } from '../send-text/outgoing-texts';
import { ContactUnreachableError } from '../../contracts/contact-unreachable.error';

interface WholeText {
  text: string;
  providerIds: string[];
}

/**
 * A text from a contact: routed to its account and contact, reassembled when it came in parts,
 * kept in the conversation (unread), and answered when it is a keyword: STOP and its synonyms opt
 * the contact out (one confirmation, then nothing), START opts them back in, HELP gets the
 * business's name. All in one transaction, with the replies' send jobs.
 */
@Injectable()
@HandlesWebhook(VONAGE_INBOUND_PROVIDER)
export class InboundTextWebhookHandler implements WebhookHandler {
  constructor(
    private readonly scope: AccountScope,
    private readonly commands: CommandBus,
    private readonly outbox: Outbox,
    private readonly router: InboundRouter,
    private readonly texts: OutgoingTexts,
    private readonly businesses: BusinessNames,
  ) {}

  async process(inbox: InboxMessage): Promise<WebhookOutcome> {
    const fields = JSON.parse(inbox.rawBody) as Partial<VonageInboundFields>;
    if (!fields.msisdn || !fields.to || !fields.messageId) return 'ignored';
    const contactNumber = `+${fields.msisdn.replace(/^\+/, '')}`;
    const route = await this.router.route(fields.to, contactNumber);
    if (!route) return 'ignored';
    // Vonage's message-timestamp has whole seconds: the time Settle received it keeps texts in order.
    const at = inbox.receivedAt;
    await this.scope.transaction(route.accountId, async (em) => {
      const whole = await this.wholeText(em, route.accountId, contactNumber, fields, at);
      if (whole) await this.receive(em, route, contactNumber, fields.to as string, whole, at);
    });
    return 'processed';
  }

  /** The text, or null while other parts of a multipart text are still to come. */
  private async wholeText(
    em: EntityManager,
    accountId: string,
    contactNumber: string,
    fields: Partial<VonageInboundFields>,
    at: Date,
  ): Promise<WholeText | null> {
    const text = fields.text ?? '';
    const messageId = fields.messageId as string;
    const concatRef = fields['concat-ref'];
    if (fields.concat !== 'true' || !concatRef) return { text, providerIds: [messageId] };
    // Parts of one text are processed one at a time, so the last one always sees the others.
    await em
      .getConnection()
      .execute(
        'select pg_advisory_xact_lock(hashtext(?))',
        [`messaging:inbound:${accountId}:${contactNumber}:${concatRef}`],
        'all',
        em.getTransactionContext(),
      );
    const part = InboundPart.of({
      accountId,
      contactNumber,
      concatRef: concatRef.slice(0, 40),
      partNumber: Number(fields['concat-part'] ?? '1'),
      total: Number(fields['concat-total'] ?? '1'),
      text,
      providerMessageId: messageId.slice(0, 40),
      receivedAt: at,
    });
    const known = await em.find(InboundPart, { contactNumber, concatRef: part.concatRef });
    const parts = known.some((each) => each.partNumber === part.partNumber) ? known : [...known, part];
    const whole = assembled(parts);
    if (whole === null) {
      if (parts !== known) em.persist(part);
      return null;
    }
    known.forEach((each) => em.remove(each));
    return { text: whole, providerIds: parts.map((each) => each.providerMessageId) };
  }

  private async receive(
    em: EntityManager,
    route: InboundRoute,
    contactNumber: string,
    to: string,
    whole: WholeText,
    at: Date,
  ): Promise<void> {
    const conversation = await openConversation(em, route.accountId, route.contactId);
    const measured = measureSms(whole.text);
    const message = Message.incoming(
      {
        accountId: route.accountId,
        contactId: route.contactId,
        conversationId: conversation.id,
        text: whole.text,
        encoding: measured.encoding,
        parts: Math.max(measured.parts, whole.providerIds.length),
        contactNumber,
        senderId: to,
        providerIds: whole.providerIds,
      },
      at,
    );
    em.persist(message);
    conversation.added(message);
    await em.flush();
    const keyword = consentKeyword(whole.text);
    if (keyword) await this.answer(em, route, message, keyword);
    this.outbox.record(em, new InboundSmsReceivedEvent(route.accountId, message.id, route.contactId, keyword));
  }

  private async answer(em: EntityManager, route: InboundRoute, message: Message, keyword: ConsentKeyword) {
    const { accountId, contactId } = route;
    const business = await this.businesses.of(accountId);
    if (keyword === 'help') {
      await this.texts
        .queue(em, accountId, contactId, KeywordReplies.help(business), 'help_reply')
        .catch(ignoreUnreachable);
      return;
    }
    const source = {
      how: 'sms_keyword' as const,
      messageId: message.id,
      text: message.text.slice(0, 1600),
      at: message.createdAt,
    };
    const { changed } = await this.commands.execute(
      new ChangeContactConsentCommand(accountId, contactId, keyword, source),
    );
    if (!changed) return;
    const reply = keyword === 'opt_out' ? KeywordReplies.optedOut(business) : KeywordReplies.optedIn(business);
    await this.texts.queue(em, accountId, contactId, reply, 'consent_reply').catch(ignoreUnreachable);
  }
}

/** A reply that cannot go (an opted-out contact asking for HELP, a barred number) is simply not sent. */
function ignoreUnreachable(error: unknown): void {
  if (!(error instanceof ContactUnreachableError)) throw error;
}
