import type { VonageDeliveryReceiptFields } from '../../../vonage';
import type { InjectInbound } from '../inbound/inbound-injector';
import type { ReceiptSettings, SetReceipts } from '../receipts/receipt-rules';
import type { ReceiptOverride } from '../receipts/receipt-sender';
import type { SandboxContext } from '../sandbox-context';
import type { WebhookSettings } from '../sandbox-options';
import type { ForcedStatus, ForceStatus } from '../sms/forced-statuses';
import type { PhoneText, SentSms } from '../store/sandbox-store';
import type { WebhookDelivery, WebhookKind } from '../webhooks/webhook-dispatcher';

/** What can be changed on a running sandbox (webhooks, throughput, numbers). */
export interface SandboxConfig extends WebhookSettings {
  throughputPerSecond: number;
  virtualNumbers: string[];
}

/** The knobs of a running sandbox, shared by the /admin endpoint and the object startVonageSandbox returns. */
export class SandboxAdmin {
  constructor(private readonly ctx: SandboxContext) {}

  /** Every POST /sms/json received, oldest first, refused ones included (with their status). */
  sent(): SentSms[] {
    return this.ctx.store.sent.map((sms) => ({ ...sms, parts: [...sms.parts] }));
  }

  /** The texts a number's handset received, oldest first (not those whose receipt is failed, rejected or expired). */
  textsTo(number: string): PhoneText[] {
    return this.ctx.store.textsTo(number);
  }

  /** Answers sends (all, or to one number; every time, or the next `times`) with an error status. */
  forceStatus(rule: ForceStatus): ForcedStatus {
    return this.ctx.forced.add(rule);
  }

  forcedStatuses(): ForcedStatus[] {
    return this.ctx.forced.list();
  }

  /** Removes the forced statuses of one number, or all of them. */
  clearForcedStatuses(to?: string): void {
    this.ctx.forced.clear(to);
  }

  /** Changes what receipts texts get from now on, account-wide or for one number (`to`). */
  setReceipts(settings: SetReceipts): ReceiptSettings {
    return this.ctx.receiptRules.set(settings);
  }

  receiptSettings(): ReturnType<SandboxContext['receiptRules']['list']> {
    return this.ctx.receiptRules.list();
  }

  /** Sends a part's receipt again now (the last one, or a new one), optionally with another status. */
  resendReceipt(messageId: string, override?: ReceiptOverride): Promise<VonageDeliveryReceiptFields> {
    return this.ctx.receipts.resend(messageId, override);
  }

  /** A phone texts a virtual number; resolves with the message id of each part once each was posted. */
  injectInbound(inbound: InjectInbound): Promise<string[]> {
    return this.ctx.inbound.inject(inbound);
  }

  /** Every request made to a webhook URL (attempts, retries and duplicates), oldest first. */
  deliveries(kind?: WebhookKind): WebhookDelivery[] {
    return this.ctx.dispatcher.deliveries.filter((delivery) => kind === undefined || delivery.kind === kind);
  }

  clearDeliveries(): void {
    this.ctx.dispatcher.deliveries.length = 0;
  }

  /** Waits for webhook requests in progress (not for receipts still delayed or retries scheduled). */
  flushWebhooks(): Promise<void> {
    return this.ctx.dispatcher.flush();
  }

  /** Webhook retries waiting for their time (0 once every webhook was taken or given up). */
  scheduledRetries(): number {
    return this.ctx.dispatcher.scheduledRetries;
  }

  config(): SandboxConfig {
    return {
      ...this.ctx.webhookSettings,
      throughputPerSecond: this.ctx.throughput.perSecond,
      virtualNumbers: [...this.ctx.virtualNumbers],
    };
  }

  configure(config: Partial<SandboxConfig>): SandboxConfig {
    const { throughputPerSecond, virtualNumbers, ...webhooks } = config;
    this.ctx.webhookSettings = { ...this.ctx.webhookSettings, ...webhooks };
    if (throughputPerSecond !== undefined) {
      this.ctx.throughput.perSecond = throughputPerSecond;
      this.ctx.throughput.reset();
    }
    if (virtualNumbers !== undefined) this.ctx.virtualNumbers = [...virtualNumbers];
    return this.config();
  }

  balance(): string {
    return this.ctx.credit.balance;
  }

  setBalance(balance: string): string {
    this.ctx.credit.set(balance);
    return this.balance();
  }

  /** Back to the start: no texts, deliveries, forced statuses or receipt settings; the options' configuration. */
  reset(): void {
    this.ctx.reset();
  }
}
