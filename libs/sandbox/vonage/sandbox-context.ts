import { InboundInjector } from './inbound/inbound-injector';
import { Throughput } from './limits/throughput';
import { ReceiptRules } from './receipts/receipt-rules';
import { ReceiptSender } from './receipts/receipt-sender';
import type { ResolvedSandboxOptions, WebhookSettings } from './sandbox-options';
import { ForcedStatuses } from './sms/forced-statuses';
import { SmsService } from './sms/sms-service';
import { Credit } from './store/credit';
import { SandboxStore } from './store/sandbox-store';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';

/** Everything one running sandbox holds; the HTTP routes and the programmatic API share it. */
export class SandboxContext {
  webhookSettings: WebhookSettings;
  virtualNumbers: string[];
  readonly store = new SandboxStore();
  readonly throughput: Throughput;
  readonly forced = new ForcedStatuses();
  readonly credit: Credit;
  readonly receiptRules: ReceiptRules;
  readonly dispatcher: WebhookDispatcher;
  readonly receipts: ReceiptSender;
  readonly inbound: InboundInjector;
  readonly sms: SmsService;

  constructor(readonly options: ResolvedSandboxOptions) {
    this.webhookSettings = { ...options.webhooks };
    this.virtualNumbers = [...options.virtualNumbers];
    this.throughput = new Throughput(options.throughputPerSecond);
    this.credit = new Credit(options.balance);
    this.receiptRules = new ReceiptRules({
      outcome: 'delivered',
      delayMs: options.receiptDelayMs,
      duplicate: false,
      accepted: false,
    });
    const settings = () => this.webhookSettings;
    this.dispatcher = new WebhookDispatcher(settings, options.signatureSecret);
    this.receipts = new ReceiptSender(this.store, this.dispatcher, settings, options.apiKey);
    this.inbound = new InboundInjector(
      this.store,
      this.dispatcher,
      settings,
      options.apiKey,
      () => this.virtualNumbers,
    );
    this.sms = new SmsService({
      apiKey: options.apiKey,
      apiSecret: options.apiSecret,
      pricePerPart: () => options.pricePerPart,
      throughput: this.throughput,
      forced: this.forced,
      credit: this.credit,
      store: this.store,
      receiptRules: this.receiptRules,
      receipts: this.receipts,
    });
  }

  /** Back to the state the sandbox started in: no texts, no knobs, no pending receipts or retries. */
  reset(): void {
    this.webhookSettings = { ...this.options.webhooks };
    this.virtualNumbers = [...this.options.virtualNumbers];
    this.store.clear();
    this.throughput.perSecond = this.options.throughputPerSecond;
    this.throughput.reset();
    this.forced.clear();
    this.credit.reset();
    this.receiptRules.reset();
    this.receipts.cancelPending();
    this.dispatcher.cancelRetries();
    this.dispatcher.deliveries.length = 0;
  }

  async close(): Promise<void> {
    this.receipts.cancelPending();
    await this.dispatcher.close();
  }
}
