/** What the handset ends up with, decided when the text is accepted; 'none' means no receipt is sent. */
export type ReceiptOutcome = 'delivered' | 'failed' | 'rejected' | 'expired' | 'none';

export interface SentPart {
  messageId: string;
  /** 1-based. */
  part: number;
  text: string;
  price: string;
}

/** One POST /sms/json as received, whatever its answer. */
export interface SentSms {
  to?: string;
  from?: string;
  text?: string;
  type: string;
  clientRef?: string;
  callback?: string;
  statusReportReq: boolean;
  /** How the request was sent: JSON (the SDK) or form fields. */
  encoding: 'json' | 'form';
  /** 0 when accepted, else the status every entry of the answer carried. */
  status: number;
  errorText?: string;
  /** One per SMS part, empty when refused. */
  parts: SentPart[];
  /** The encoding the text needs (libs/sms), when accepted. */
  smsEncoding?: 'GSM-7' | 'UCS-2';
  /** The text needs UCS-2 but was sent as type text: a real handset would show replaced characters. */
  garbled: boolean;
  /** Receipt outcome chosen at send time, when accepted. */
  outcome?: ReceiptOutcome;
  at: string;
}

/** A text shown on a sandbox phone: one it received, or one it sent (a reply, injected). */
export interface PhoneText {
  direction: 'received' | 'sent';
  from: string;
  to: string;
  text: string;
  at: string;
  messageIds: string[];
}

const REACHED_HANDSET: ReadonlySet<ReceiptOutcome | undefined> = new Set(['delivered', 'none']);

function reachedHandset(sms: SentSms): boolean {
  return sms.status === 0 && REACHED_HANDSET.has(sms.outcome);
}

/** The handset a text is on: the recipient of a received text, the sender of a reply. */
function phoneOf(text: PhoneText): string {
  return text.direction === 'received' ? text.to : text.from;
}

function byDigits(number: string): string {
  return number.replace(/^\+/, '');
}

/** Every send and inbound text of a running sandbox, in memory, oldest first. */
export class SandboxStore {
  readonly sent: SentSms[] = [];
  /** What the handsets show, in the order it happened. */
  private readonly phoneLog: PhoneText[] = [];
  private readonly parts = new Map<string, { sms: SentSms; part: SentPart }>();

  recordSend(sms: SentSms): void {
    this.sent.push(sms);
    for (const part of sms.parts) this.parts.set(part.messageId, { sms, part });
    if (!sms.to || !reachedHandset(sms)) return;
    this.phoneLog.push({
      direction: 'received',
      from: sms.from ?? '',
      to: sms.to,
      text: sms.text ?? '',
      at: sms.at,
      messageIds: sms.parts.map((part) => part.messageId),
    });
  }

  recordReply(text: PhoneText): void {
    this.phoneLog.push(text);
  }

  part(messageId: string): { sms: SentSms; part: SentPart } | undefined {
    return this.parts.get(messageId);
  }

  /** The texts a number's handset received (accepted, and not failed, rejected or expired), oldest first. */
  textsTo(number: string): PhoneText[] {
    const phone = byDigits(number);
    return this.phoneLog.filter((text) => text.direction === 'received' && text.to === phone);
  }

  /** What one phone shows: texts it received and replies it sent, oldest first. */
  conversationOf(number: string): PhoneText[] {
    const phone = byDigits(number);
    return this.phoneLog.filter((text) => phoneOf(text) === phone);
  }

  /** Numbers that received or sent a text, most recent activity first. */
  phones(): string[] {
    const latest = new Map<string, number>();
    this.phoneLog.forEach((text, index) => latest.set(phoneOf(text), index));
    return [...latest.entries()].sort((a, b) => b[1] - a[1]).map(([number]) => number);
  }

  clear(): void {
    this.sent.length = 0;
    this.phoneLog.length = 0;
    this.parts.clear();
  }
}
