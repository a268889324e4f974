import { Inject, Injectable } from '@nestjs/common';
import { SMS, SMSFailure, TypeEnum, type Message as VonageMessage } from '@vonage/sms';
import { sendStatusOutcome, type VonageSendOutcome, vonageSdkCredentials } from '../../../../../libs/vonage';
import type { OutgoingSms, SmsGateway, SmsSendResult } from '../../domain/sms-gateway';
import { messagingConfig, type MessagingConfig } from '../messaging.config';
import { VonageThroughput } from './vonage-throughput';

/** Worst first: the outcome of a send is its worst part's. */
const SEVERITY: VonageSendOutcome[] = ['suppress_number', 'account_problem', 'permanent', 'retry', 'accepted'];

/** Network failures that happen before a request leaves: Vonage cannot have the text. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * Vonage's SMS API through the official SDK (`@vonage/sms`), one request per text, within the
 * account's throughput. Vonage answers 200 with a status per part; the SDK throws SMSFailure when
 * any part is refused, and the worst part's status decides.
 */
@Injectable()
export class VonageSmsGateway implements SmsGateway {
  private readonly sms: SMS;

  constructor(
    @Inject(messagingConfig.KEY) private readonly config: MessagingConfig,
    private readonly throughput: VonageThroughput,
  ) {
    this.sms = new SMS(vonageSdkCredentials(config.apiKey || 'sandbox', config.apiSecret || 'sandbox'), {
      restHost: config.apiBaseUrl,
      timeout: config.timeoutMs,
    });
  }

  async send(sms: OutgoingSms): Promise<SmsSendResult> {
    const end = await this.throughput.take();
    try {
      const answer = await this.sms.send({
        to: sms.to.replace(/^\+/, ''),
        from: sms.from,
        text: sms.text,
        ...(sms.unicode ? { type: TypeEnum.UNICODE } : {}),
        clientRef: sms.clientRef,
        callback: this.config.deliveryReceiptUrl,
        statusReportReq: true,
      });
      return { outcome: 'accepted', providerIds: idsOf(answer.messages) };
    } catch (error) {
      if (error instanceof SMSFailure) return refused(error);
      return unanswered(error);
    } finally {
      // Ending a slot only frees it early: if Redis fails here, its lease ends it.
      await end().catch(() => undefined);
    }
  }
}

function idsOf(messages: VonageMessage[]): string[] {
  return messages.flatMap((message) => (message.messageId ? [message.messageId] : []));
}

function refused(failure: SMSFailure): SmsSendResult {
  const failed = failure.getFailedMessages();
  const worst = failed
    .map((message) => ({ message, outcome: sendStatusOutcome(String(message.status ?? '')) }))
    .sort((a, b) => SEVERITY.indexOf(a.outcome) - SEVERITY.indexOf(b.outcome))[0];
  const providerIds = idsOf(failure.getSuccessfulMessages());
  if (!worst) return { outcome: 'permanent', providerIds, reason: 'Vonage refused the text' };
  const reason = `Vonage status ${worst.message.status ?? '?'}: ${worst.message.errorText ?? 'refused'}`.slice(0, 200);
  return { outcome: worst.outcome === 'accepted' ? 'permanent' : worst.outcome, providerIds, reason };
}

/** No answer, or an HTTP error: Vonage's 5xx or a refused connection may be tried again; a lost answer may not. */
function unanswered(error: unknown): SmsSendResult {
  const status = (error as { response?: { status?: number } }).response?.status;
  if (typeof status === 'number') {
    return status >= 500 || status === 429
      ? { outcome: 'not_sent', reason: `Vonage answered HTTP ${status}` }
      : { outcome: 'account_problem', providerIds: [], reason: `Vonage answered HTTP ${status}` };
  }
  const code = networkCode(error);
  if (code && NOT_SENT_CODES.has(code)) return { outcome: 'not_sent', reason: `Vonage unreachable (${code})` };
  return { outcome: 'unknown', reason: `No answer from Vonage (${code ?? (error as Error).name ?? 'error'})` };
}

function networkCode(error: unknown): string | undefined {
  const direct = (error as { code?: unknown }).code;
  const cause = (error as { cause?: { code?: unknown } }).cause?.code;
  const code = typeof direct === 'string' ? direct : cause;
  return typeof code === 'string' ? code : undefined;
}
