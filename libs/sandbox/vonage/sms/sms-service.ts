import { measureSms, splitSms } from '../../../sms';
import { VONAGE_CLIENT_REF_MAX_LENGTH, type VonageSmsResponse } from '../../../vonage';
import type { Throughput } from '../limits/throughput';
import type { ReceiptRules } from '../receipts/receipt-rules';
import type { ReceiptSender } from '../receipts/receipt-sender';
import { SANDBOX_NETWORK } from '../receipts/receipt-sender';
import type { Credit } from '../store/credit';
import { newMessageId } from '../store/message-id';
import type { SandboxStore, SentSms } from '../store/sandbox-store';
import type { ForcedStatuses } from './forced-statuses';
import type { SmsRequest } from './sms-request';
import { SmsRefusal } from './sms-status';

export interface SmsServiceDeps {
  apiKey: string;
  apiSecret: string;
  pricePerPart: () => string;
  throughput: Throughput;
  forced: ForcedStatuses;
  credit: Credit;
  store: SandboxStore;
  receiptRules: ReceiptRules;
  receipts: ReceiptSender;
}

const TO = /^\d{7,15}$/;
const NUMERIC_FROM = /^\d{1,15}$/;
const ALPHANUMERIC_FROM = /^[A-Za-z0-9]{1,11}$/;
const TYPES = ['text', 'unicode'];
const CALLBACK_MAX_LENGTH = 100;

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** The first rule of POST /sms/json a request breaks, in the order Vonage checks (as far as it is known). */
function refusalOf(request: SmsRequest): SmsRefusal | undefined {
  for (const name of ['to', 'from', 'text'] as const) {
    if (!request[name]) return new SmsRefusal(2, `Missing ${name} param`);
  }
  if (!TO.test(request.to ?? '')) return new SmsRefusal(3, 'Invalid to param');
  const from = (request.from ?? '').replace(/ /g, '');
  if (!NUMERIC_FROM.test(from) && !ALPHANUMERIC_FROM.test(from)) return new SmsRefusal(3, 'Invalid from param');
  if (request.type !== undefined && !TYPES.includes(request.type)) return new SmsRefusal(3, 'Invalid type param');
  if ((request.clientRef?.length ?? 0) > VONAGE_CLIENT_REF_MAX_LENGTH)
    return new SmsRefusal(3, 'Invalid client-ref param');
  if (request.callback !== undefined && (request.callback.length > CALLBACK_MAX_LENGTH || !isHttpUrl(request.callback)))
    return new SmsRefusal(23);
  return undefined;
}

/** POST /sms/json: checks a send as Vonage does, answers one entry per part, and plans the receipts. */
export class SmsService {
  constructor(private readonly deps: SmsServiceDeps) {}

  submit(request: SmsRequest): VonageSmsResponse {
    const { deps } = this;
    if (request.apiKey !== deps.apiKey || request.apiSecret !== deps.apiSecret)
      return this.refuse(request, new SmsRefusal(4));
    if (!deps.throughput.admit(deps.apiKey)) return this.refuse(request, new SmsRefusal(1));
    const invalid = refusalOf(request);
    if (invalid) return this.refuse(request, invalid);
    const to = request.to ?? '';
    const text = request.text ?? '';
    const forced = deps.forced.take(to);
    if (forced) return this.refuse(request, new SmsRefusal(forced.status, forced.errorText));
    const texts = splitSms(text);
    const price = deps.pricePerPart();
    if (!deps.credit.charge(price, texts.length)) return this.refuse(request, new SmsRefusal(9));
    return this.accept(request, to, text, texts, price);
  }

  private accept(request: SmsRequest, to: string, text: string, texts: string[], price: string): VonageSmsResponse {
    const { deps } = this;
    const type = request.type ?? 'text';
    const encoding = measureSms(text).encoding;
    const rules = deps.receiptRules.for(to);
    const sms: SentSms = {
      ...this.common(request, type),
      text,
      status: 0,
      parts: texts.map((partText, index) => ({ messageId: newMessageId(), part: index + 1, text: partText, price })),
      smsEncoding: encoding,
      garbled: encoding === 'UCS-2' && type !== 'unicode',
      outcome: rules.outcome,
    };
    deps.store.recordSend(sms);
    deps.receipts.schedule(sms, rules);
    const balance = deps.credit.balance;
    return {
      'message-count': String(sms.parts.length),
      messages: sms.parts.map((part) => ({
        to,
        'message-id': part.messageId,
        status: '0',
        'remaining-balance': balance,
        'message-price': price,
        network: SANDBOX_NETWORK,
        ...(request.clientRef !== undefined && { 'client-ref': request.clientRef }),
      })),
    };
  }

  private refuse(request: SmsRequest, refusal: SmsRefusal): VonageSmsResponse {
    this.deps.store.recordSend({
      ...this.common(request, request.type ?? 'text'),
      text: request.text,
      status: refusal.status,
      errorText: refusal.errorText,
      parts: [],
      garbled: false,
    });
    return {
      'message-count': '1',
      messages: [
        {
          ...(request.to !== undefined && { to: request.to }),
          status: String(refusal.status),
          'error-text': refusal.errorText,
        },
      ],
    };
  }

  private common(request: SmsRequest, type: string): Omit<SentSms, 'text' | 'status' | 'parts' | 'garbled'> {
    return {
      to: request.to,
      from: request.from,
      type,
      clientRef: request.clientRef,
      callback: request.callback,
      statusReportReq: request.statusReportReq,
      encoding: request.encoding,
      at: new Date().toISOString(),
    };
  }
}
