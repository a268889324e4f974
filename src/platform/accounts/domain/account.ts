import { newId } from '../../../../libs/ids';

/** A business using Settle: the tenant every business row belongs to. */
export class Account {
  id!: string;
  name!: string;
  country!: string;
  timezone!: string;
  /** Whether a send is noted in the invoice's QuickBooks PrivateNote. */
  markSentInQuickBooks!: boolean;
  createdAt!: Date;

  static create(props: { name: string; country: string; timezone: string }): Account {
    const account = new Account();
    account.id = newId();
    account.name = props.name.trim();
    account.country = props.country.toUpperCase();
    account.timezone = props.timezone;
    account.markSentInQuickBooks = true;
    account.createdAt = new Date();
    return account;
  }

  /** Changes the settings given; the others stay as they are. */
  changeSettings(changes: { name?: string; timezone?: string; markSentInQuickBooks?: boolean }): void {
    if (changes.name !== undefined) this.name = changes.name.trim();
    if (changes.timezone !== undefined) this.timezone = changes.timezone;
    if (changes.markSentInQuickBooks !== undefined) this.markSentInQuickBooks = changes.markSentInQuickBooks;
  }
}
