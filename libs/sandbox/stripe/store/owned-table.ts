import { stripeErrors } from '../http/stripe-error';

export interface Owned<T, X> {
  accountId: string;
  object: T;
  extra: X;
}

/**
 * Objects that live on one Stripe account. Asking for one from another account (say, without
 * `Stripe-Account`) answers 404 resource_missing, as Stripe does.
 */
export class OwnedTable<T extends { id: string }, X = undefined> {
  private readonly rows = new Map<string, Owned<T, X>>();

  constructor(readonly objectName: string) {}

  add(accountId: string, object: T, extra: X): Owned<T, X> {
    const row = { accountId, object, extra };
    this.rows.set(object.id, row);
    return row;
  }

  /** The row if it exists on this account, else Stripe's 404 for `param`. */
  owned(id: string, accountId: string, param = 'id'): Owned<T, X> {
    const row = this.rows.get(id);
    if (!row || row.accountId !== accountId) throw stripeErrors.resourceMissing(this.objectName, id, param);
    return row;
  }

  get(id: string, accountId: string, param = 'id'): T {
    return this.owned(id, accountId, param).object;
  }

  /** For the admin, which sees every account. */
  find(id: string): Owned<T, X> | undefined {
    return this.rows.get(id);
  }

  all(): Owned<T, X>[] {
    return [...this.rows.values()];
  }

  clear(): void {
    this.rows.clear();
  }
}
