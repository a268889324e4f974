import type { VonageDeliveryReceiptFields } from '../../../vonage';
import type { WebhookSettings } from '../sandbox-options';
import type { SandboxStore, SentPart, SentSms } from '../store/sandbox-store';
import type { WebhookDispatcher } from '../webhooks/webhook-dispatcher';
import { messageTimestamp, scts, wireFields } from '../webhooks/vonage-time';
import { defaultErrCode, errCodeOf, type ReceiptSettings } from './receipt-rules';

/** The mobile network the sandbox says every number is on (UK, EE). */
export const SANDBOX_NETWORK = '23410';

export interface ReceiptOverride {
  /** delivered, failed, rejected, expired, accepted, buffered or unknown. */
  status?: string;
  errCode?: string;
}

/** Sends each part's delivery receipt after the configured delay, to the message's callback or the account's URL. */
export class ReceiptSender {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly lastSent = new Map<string, VonageDeliveryReceiptFields>();

  constructor(
    private readonly store: SandboxStore,
    private readonly dispatcher: WebhookDispatcher,
    private readonly settings: () => WebhookSettings,
    private readonly apiKey: string,
  ) {}

  /** Plans the receipts of an accepted text, if it asked for them and a URL is known. */
  schedule(sms: SentSms, rules: ReceiptSettings): void {
    if (rules.outcome === 'none' || !sms.statusReportReq || !this.urlFor(sms)) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      for (const part of sms.parts) void this.sendPart(sms, part, rules);
    }, rules.delayMs).unref();
    this.timers.add(timer);
  }

  /**
   * Sends a part's receipt again now: the last one sent (with `override` applied), or a new one
   * (delivered unless `override` says otherwise) if none was sent. Resolves after the first attempt.
   */
  async resend(messageId: string, override: ReceiptOverride = {}): Promise<VonageDeliveryReceiptFields> {
    const found = this.store.part(messageId);
    if (!found) throw new Error(`No message part with id ${messageId}`);
    const url = this.urlFor(found.sms);
    if (!url) throw new Error(`No delivery receipt URL for message ${messageId}`);
    const last = this.lastSent.get(messageId);
    const status = override.status ?? last?.status ?? 'delivered';
    const errCode = override.errCode ?? (last?.status === status ? last['err-code'] : defaultErrCode(status));
    const fields = this.fields(found.sms, found.part, status, errCode);
    await this.post(url, fields, false);
    return fields;
  }

  cancelPending(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.lastSent.clear();
  }

  private async sendPart(sms: SentSms, part: SentPart, rules: ReceiptSettings): Promise<void> {
    const url = this.urlFor(sms);
    if (!url) return;
    if (rules.accepted) await this.post(url, this.fields(sms, part, 'accepted', '0'), rules.duplicate);
    await this.post(url, this.fields(sms, part, rules.outcome, errCodeOf(rules)), rules.duplicate);
  }

  private post(url: string, fields: VonageDeliveryReceiptFields, duplicate: boolean): Promise<void> {
    this.lastSent.set(fields.messageId, fields);
    return this.dispatcher.send({
      kind: 'receipt',
      url,
      format: this.settings().receiptFormat,
      params: wireFields(fields),
      duplicate,
    });
  }

  private urlFor(sms: SentSms): string | undefined {
    return sms.callback ?? this.settings().deliveryReceiptUrl;
  }

  private fields(sms: SentSms, part: SentPart, status: string, errCode: string): VonageDeliveryReceiptFields {
    const now = new Date();
    return {
      msisdn: sms.to ?? '',
      to: sms.from ?? '',
      'network-code': SANDBOX_NETWORK,
      messageId: part.messageId,
      price: part.price,
      status,
      scts: scts(now),
      'err-code': errCode,
      'api-key': this.apiKey,
      'client-ref': sms.clientRef,
      'message-timestamp': messageTimestamp(now),
    };
  }
}
