import { isSmsStatus, SMS_STATUS_TEXT } from './sms-status';

export interface ForceStatus {
  /** An SMS API status code: 1 throttled, 4 bad credentials, 5 internal error, 7 barred, 9 no credit, 29 non-whitelisted... */
  status: number;
  /** Only sends to this number (digits, no '+'); every send when absent. */
  to?: string;
  /** Only the next N matching sends; every one until cleared when absent. */
  times?: number;
  /** The `error-text` to answer with (default: Vonage's wording for the status). */
  errorText?: string;
}

export interface ForcedStatus {
  status: number;
  to?: string;
  remaining?: number;
  errorText: string;
}

/** Statuses a test imposes on sends; a rule for the number wins over a rule for every number. */
export class ForcedStatuses {
  private rules: ForcedStatus[] = [];

  add(rule: ForceStatus): ForcedStatus {
    // The admin API passes JSON through, so numbers may arrive as numeric strings.
    const status = Number(rule.status);
    const times = rule.times === undefined ? undefined : Number(rule.times);
    if (!isSmsStatus(status)) throw new Error(`Not an SMS API error status: ${String(rule.status)}`);
    if (times !== undefined && !(Number.isInteger(times) && times > 0))
      throw new Error('times must be a positive integer');
    const forced: ForcedStatus = {
      status,
      to: rule.to?.replace(/^\+/, ''),
      remaining: times,
      errorText: rule.errorText ?? SMS_STATUS_TEXT[status],
    };
    this.rules = this.rules.filter((existing) => existing.to !== forced.to);
    this.rules.push(forced);
    return { ...forced };
  }

  /** The status imposed on a send to `to`, used up if it was for a number of times. */
  take(to: string): ForcedStatus | undefined {
    const rule = this.rules.find((r) => r.to === to) ?? this.rules.find((r) => r.to === undefined);
    if (!rule) return undefined;
    if (rule.remaining !== undefined) {
      rule.remaining -= 1;
      if (rule.remaining === 0) this.rules = this.rules.filter((r) => r !== rule);
    }
    return { ...rule };
  }

  list(): ForcedStatus[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  clear(to?: string): void {
    this.rules = to === undefined ? [] : this.rules.filter((rule) => rule.to !== to.replace(/^\+/, ''));
  }
}
