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

function byDigits(number: string): string {
  return number.replace(/^\+/, '');
}

/** Every send and inbound text of a running sandbox, in memory, oldest first. */
export class SandboxStore {
  readonly sent: SentSms[] = [];
  readonly replies: PhoneText[] = [];
  private readonly parts = new Map<string, { sms: SentSms; part: SentPart }>();

  recordSend(sms: SentSms): void {
    this.sent.push(sms);
    for (const part of sms.parts) this.parts.set(part.messageId, { sms, part });
  }

  recordReply(text: PhoneText): void {
    this.replies.push(text);
  }

  part(messageId: string): { sms: SentSms; part: SentPart } | undefined {
    return this.parts.get(messageId);
  }

  /** The texts a number's handset received (accepted, and not failed, rejected or expired), oldest first. */
  textsTo(number: string): PhoneText[] {
    const to = byDigits(number);
    return this.sent
      .filter((sms) => sms.to === to && reachedHandset(sms))
      .map((sms) => ({
        direction: 'received',
        from: sms.from ?? '',
        to,
        text: sms.text ?? '',
        at: sms.at,
        messageIds: sms.parts.map((part) => part.messageId),
      }));
  }

  /** What one phone shows: texts it received and replies it sent, oldest first. */
  conversationOf(number: string): PhoneText[] {
    const phone = byDigits(number);
    return [...this.textsTo(phone), ...this.replies.filter((reply) => reply.from === phone)].sort((a, b) =>
      a.at.localeCompare(b.at),
    );
  }

  /** Numbers that received or sent a text, most recent activity first. */
  phones(): string[] {
    const latest = new Map<string, string>();
    const note = (number: string, at: string) => {
      if ((latest.get(number) ?? '') < at) latest.set(number, at);
    };
    for (const sms of this.sent) if (sms.to && reachedHandset(sms)) note(sms.to, sms.at);
    for (const reply of this.replies) note(reply.from, reply.at);
    return [...latest.entries()].sort((a, b) => b[1].localeCompare(a[1])).map(([number]) => number);
  }

  clear(): void {
    this.sent.length = 0;
    this.replies.length = 0;
    this.parts.clear();
  }
}
