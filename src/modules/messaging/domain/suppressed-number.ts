/** A number Vonage reported barred or dead (status 7/33, err-code 3/4/9): never texted again. */
export class SuppressedNumber {
  accountId!: string;
  number!: string;
  reason!: string;
  suppressedAt!: Date;

  static of(accountId: string, number: string, reason: string, now = new Date()): SuppressedNumber {
    const suppressed = new SuppressedNumber();
    suppressed.accountId = accountId;
    suppressed.number = number;
    suppressed.reason = reason;
    suppressed.suppressedAt = now;
    return suppressed;
  }
}
