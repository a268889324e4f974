import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Logger } from '@nestjs/common';
import { Process, Processor } from '@nestjs/bull';
import { QueryBus } from '@nestjs/cqrs';
import type { Job } from 'bull';
import { ClsService } from 'nestjs-cls';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Outbox } from '../../../../platform/outbox/outbox';
import type { JobDataOf } from '../../../../platform/queue/job-kind';
import { isLastAttempt } from '../../../../platform/queue/last-attempt';
import { runWithCorrelationId } from '../../../../platform/tenancy/correlation';
import { FindContactForTextingQuery } from '../../../contacts/contracts';
import { DeliveryReceipt } from '../../domain/delivery-receipt';
import { Message } from '../../domain/message';
import { unreachableReason } from '../../domain/reachability';
import { SMS_GATEWAY, type SmsGateway, type SmsSendResult } from '../../domain/sms-gateway';
import { SendSmsJob } from '../../infrastructure/messaging.jobs';
import { eventsOfStateChange } from '../../infrastructure/persistence/message-events';
import { isSuppressed, suppress } from '../../infrastructure/persistence/suppressed-numbers';

/** Thrown so that Bull retries the job with backoff; the message is queued again. */
class SendLaterError extends Error {
  override readonly name = 'SendLaterError';
}

/**
 * Sends one text, at most once. The message becomes `sending` in a committed transaction before
 * Vonage is called; a job that finds it already `sending` (the worker died mid-call) never calls
 * again: the message becomes `unknown` and its receipt (client-ref = message id) settles it. The
 * answer is recorded in a second transaction, with any receipts that came in the meantime.
 */
@Processor(SendSmsJob.queue)
export class SendSmsProcessor {
  private readonly logger = new Logger(SendSmsProcessor.name);

  constructor(
    private readonly scope: AccountScope,
    private readonly queries: QueryBus,
    private readonly outbox: Outbox,
    private readonly cls: ClsService,
    @Inject(SMS_GATEWAY) private readonly gateway: SmsGateway,
  ) {}

  @Process({ name: SendSmsJob.name, concurrency: 20 })
  async send(job: Job<JobDataOf<typeof SendSmsJob>>): Promise<void> {
    const { messageId, accountId } = job.data;
    await runWithCorrelationId(this.cls, job.data.correlationId, async () => {
      const message = await this.claim(accountId, messageId);
      if (!message) return;
      const result = await this.gateway.send({
        to: message.contactNumber as string,
        from: message.senderId as string,
        text: message.text,
        unicode: message.encoding === 'UCS-2',
        clientRef: message.id,
      });
      const lastAttempt = isLastAttempt(job);
      await this.record(accountId, messageId, result, lastAttempt);
      if ((result.outcome === 'retry' || result.outcome === 'not_sent') && !lastAttempt) {
        throw new SendLaterError(`Send again later: ${result.reason}`);
      }
      if (result.outcome === 'account_problem') {
        this.logger.error({ messageId, reason: result.reason }, 'Vonage refused the account: texts cannot go');
      }
    });
  }

  /** The message to send now, marked `sending` and committed; null when there is nothing to send. */
  private claim(accountId: string, messageId: string): Promise<Message | null> {
    return this.scope.transaction(accountId, async (em) => {
      const message = await em.findOne(Message, { id: messageId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!message || message.direction !== 'out') return null;
      const before = message.state;
      const reason = message.state === 'queued' ? await this.unreachable(em, accountId, message) : null;
      if (reason) {
        message.fail(reason);
        this.outbox.record(em, ...eventsOfStateChange(message, before));
        return null;
      }
      const decision = message.beginSending();
      if (decision === 'became_unknown') {
        this.logger.warn({ messageId }, 'A send was interrupted: waiting for its receipt, never sending again');
      }
      return decision === 'send' ? message : null;
    });
  }

  /** Checked again when the job runs: the contact may have opted out, or the number been barred, since. */
  private async unreachable(em: EntityManager, accountId: string, message: Message): Promise<string | null> {
    const contact = await this.queries.execute(new FindContactForTextingQuery(accountId, message.contactId));
    if (!contact) return 'contact_deleted';
    const target = { mobile: message.contactNumber, optedOut: contact.optedOut };
    const suppressed = await isSuppressed(em, message.contactNumber as string);
    return unreachableReason(target, suppressed, message.purpose ?? 'free_text');
  }

  private record(accountId: string, messageId: string, result: SmsSendResult, lastAttempt: boolean): Promise<void> {
    return this.scope.transaction(accountId, async (em) => {
      const message = await em.findOneOrFail(Message, { id: messageId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const before = message.state;
      switch (result.outcome) {
        case 'accepted':
          message.accepted(result.providerIds);
          message.applyReceipts(await em.find(DeliveryReceipt, { messageId }));
          break;
        case 'retry':
        case 'not_sent':
          if (lastAttempt) message.fail(result.reason);
          else message.releaseForRetry();
          break;
        case 'unknown':
          message.lost(result.reason);
          break;
        case 'suppress_number':
          await suppress(em, accountId, message.contactNumber as string, result.reason);
          message.fail(result.reason);
          break;
        case 'permanent':
        case 'account_problem':
          message.fail(result.reason);
          break;
      }
      this.outbox.record(em, ...eventsOfStateChange(message, before));
    });
  }
}
