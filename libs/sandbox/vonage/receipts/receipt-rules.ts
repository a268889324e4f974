import type { ReceiptOutcome } from '../store/sandbox-store';

export const RECEIPT_OUTCOMES: readonly ReceiptOutcome[] = ['delivered', 'failed', 'rejected', 'expired', 'none'];

/** What happens after a text is accepted: which receipt, when, and how it misbehaves. */
export interface ReceiptSettings {
  /** The final status of every part ('none' sends no receipt at all). Default 'delivered'. */
  outcome: ReceiptOutcome;
  /** `err-code` of the final receipt; default 0 for delivered, 1 (unknown) for failed and expired, 6 (anti-spam) for rejected. */
  errCode?: string;
  /** Wait between the send and the receipts. */
  delayMs: number;
  /** Send every receipt twice. */
  duplicate: boolean;
  /** Send an intermediate 'accepted' receipt before the final one. */
  accepted: boolean;
}

export interface SetReceipts extends Partial<ReceiptSettings> {
  /** Only texts to this number; the account-wide default when absent. */
  to?: string;
}

/** 0 for delivered and the intermediate statuses, 6 (anti-spam rejection) for rejected, else 1 (unknown). */
export function defaultErrCode(status: string): string {
  if (['delivered', 'accepted', 'buffered', 'none'].includes(status)) return '0';
  return status === 'rejected' ? '6' : '1';
}

export function errCodeOf(settings: ReceiptSettings): string {
  return settings.errCode ?? defaultErrCode(settings.outcome);
}

function digits(number: string): string {
  return number.replace(/^\+/, '');
}

/** Receipt settings for every number, and overrides for some numbers. */
export class ReceiptRules {
  private defaults: ReceiptSettings;
  private readonly perNumber = new Map<string, Partial<ReceiptSettings>>();

  constructor(private readonly initial: ReceiptSettings) {
    this.defaults = { ...initial };
  }

  set({ to, ...settings }: SetReceipts): ReceiptSettings {
    if (settings.outcome !== undefined && !RECEIPT_OUTCOMES.includes(settings.outcome))
      throw new Error(`outcome must be one of ${RECEIPT_OUTCOMES.join(', ')}`);
    if (settings.errCode !== undefined) settings.errCode = String(settings.errCode);
    if (to === undefined) {
      this.defaults = { ...this.defaults, ...settings };
      return { ...this.defaults };
    }
    const key = digits(to);
    this.perNumber.set(key, { ...this.perNumber.get(key), ...settings });
    return this.for(key);
  }

  for(to: string): ReceiptSettings {
    return { ...this.defaults, ...this.perNumber.get(digits(to)) };
  }

  /** The account-wide settings and each number's overrides. */
  list(): { defaults: ReceiptSettings; numbers: Record<string, Partial<ReceiptSettings>> } {
    return { defaults: { ...this.defaults }, numbers: Object.fromEntries(this.perNumber) };
  }

  reset(): void {
    this.defaults = { ...this.initial };
    this.perNumber.clear();
  }
}
