import { newId } from '../../../../libs/ids';

/** A business using Settle: the tenant every business row belongs to. */
export class Account {
  id!: string;
  name!: string;
  country!: string;
  timezone!: string;
  createdAt!: Date;

  static create(props: { name: string; country: string; timezone: string }): Account {
    const account = new Account();
    account.id = newId();
    account.name = props.name.trim();
    account.country = props.country.toUpperCase();
    account.timezone = props.timezone;
    account.createdAt = new Date();
    return account;
  }
}
