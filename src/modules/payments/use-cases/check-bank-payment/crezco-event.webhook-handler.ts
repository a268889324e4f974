import { Injectable } from '@nestjs/common';
import { AccountScope } from '../../../../platform/database/account-scope';
import {
  HandlesWebhook,
  type WebhookHandler,
  type WebhookOutcome,
} from '../../../../platform/inbox/handles-webhook.decorator';
import type { InboxMessage } from '../../../../platform/inbox/inbox-message';
import { PaymentAttempt } from '../../domain/payment-attempt';
import { readCrezcoWebhook, type CrezcoWebhookPointer } from '../../infrastructure/crezco/crezco-webhook.reader';
import { CREZCO_WEBHOOK_PROVIDER } from '../receive-crezco-webhook/crezco-webhook-provider';
import { BankPaymentCheck, type BankAttemptRef } from './bank-payment-check';

/**
 * A stored Crezco webhook: unsigned, so it only says which of Settle's bank attempts to ask Crezco
 * about (by the attempt id echoed in its metadata, or by the pay demand). An event naming no
 * attempt of Settle's, or an attempt and a pay demand that do not belong together, is ignored.
 */
@Injectable()
@HandlesWebhook(CREZCO_WEBHOOK_PROVIDER)
export class CrezcoEventWebhookHandler implements WebhookHandler {
  constructor(
    private readonly scope: AccountScope,
    private readonly checks: BankPaymentCheck,
  ) {}

  async process(message: InboxMessage): Promise<WebhookOutcome> {
    const attempts = new Map<string, BankAttemptRef>();
    for (const pointer of readCrezcoWebhook(message.rawBody)) {
      const attempt = await this.attemptOf(pointer);
      if (attempt) attempts.set(attempt.id, { id: attempt.id, accountId: attempt.accountId });
    }
    for (const attempt of attempts.values()) await this.checks.check(attempt);
    return attempts.size > 0 ? 'processed' : 'ignored';
  }

  private async attemptOf({ attemptId, payDemandId }: CrezcoWebhookPointer): Promise<PaymentAttempt | null> {
    const where = attemptId ? { id: attemptId } : { providerSessionId: payDemandId as string };
    const attempt = await this.scope.acrossAccounts((em) =>
      em.findOne(PaymentAttempt, { ...where, provider: 'crezco' }, { filters: false }),
    );
    if (!attempt?.providerSessionId) return null;
    if (payDemandId && attempt.providerSessionId !== payDemandId) return null;
    return attempt;
  }
}
