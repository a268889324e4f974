import type { Sender, SenderKind } from './sender';

/** The sender an account chose; an account without a row sends from the configured default. */
export class SenderSettings {
  accountId!: string;
  senderKind!: SenderKind;
  senderValue!: string;
  updatedAt!: Date;

  static of(accountId: string, sender: Sender, now = new Date()): SenderSettings {
    const settings = new SenderSettings();
    settings.accountId = accountId;
    settings.change(sender, now);
    return settings;
  }

  sender(): Sender {
    return { kind: this.senderKind, value: this.senderValue };
  }

  change(sender: Sender, now = new Date()): void {
    this.senderKind = sender.kind;
    this.senderValue = sender.value;
    this.updatedAt = now;
  }
}
