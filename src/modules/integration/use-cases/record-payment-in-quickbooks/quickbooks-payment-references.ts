import { Injectable } from '@nestjs/common';
import type { QboPaymentMethod } from '../../../../../libs/quickbooks/qbo-types';
import { AccountScope } from '../../../../platform/database/account-scope';
import type { QuickBooksCompanyRef } from '../../domain/quickbooks-company.ref';
import type { QuickBooksConnection } from '../../domain/quickbooks-connection';
import { paymentMethodName, paymentMethodType } from '../../domain/quickbooks-payment-fields';
import { QuickBooksFaultError, QuickBooksPaymentRefusedError } from '../../domain/quickbooks.errors';
import { QuickBooksApiClient } from '../../infrastructure/quickbooks-api/quickbooks-api.client';

/** QuickBooks' code for a name already in use (PaymentMethod, Customer...). */
const DUPLICATE_NAME = '6240';

/** What a Payment refers to besides its invoice and customer, and whether any came from what the connection keeps. */
export interface PaymentReferences {
  depositToAccountId: string;
  paymentMethodId: string;
  kept: boolean;
}

/**
 * The Undeposited Funds account and the PaymentMethod a Payment names. Both are kept on the
 * connection once found, so a payment costs QuickBooks no lookups; `fresh` looks them up again
 * (after QuickBooks refused a kept one, made inactive meanwhile) and keeps what it finds.
 */
@Injectable()
export class QuickBooksPaymentReferences {
  constructor(
    private readonly scope: AccountScope,
    private readonly client: QuickBooksApiClient,
  ) {}

  async of(
    company: QuickBooksCompanyRef,
    connection: QuickBooksConnection,
    methodName: string,
    requestId: string,
    fresh = false,
  ): Promise<PaymentReferences> {
    const name = paymentMethodName(methodName);
    const keptAccount = fresh ? null : connection.undepositedFundsAccountId;
    const keptMethod = fresh ? null : (connection.paymentMethodIds[name] ?? null);
    const depositToAccountId = keptAccount ?? (await this.undepositedFunds(company));
    const paymentMethodId = keptMethod ?? (await this.paymentMethod(company, name, requestId));
    if (keptAccount === null || keptMethod === null) {
      await this.keep(company, depositToAccountId, name, paymentMethodId);
      connection.undepositedFundsAccountId = depositToAccountId;
      connection.paymentMethodIds = { ...connection.paymentMethodIds, [name]: paymentMethodId };
    }
    return { depositToAccountId, paymentMethodId, kept: keptAccount !== null || keptMethod !== null };
  }

  /** Merged into the stored map in SQL: two payments' jobs finding two methods at once both stay. */
  private keep(company: QuickBooksCompanyRef, accountId: string, name: string, methodId: string): Promise<void> {
    return this.scope.transaction(company.accountId, async (em) => {
      await em.getConnection().execute(
        `update integration_quickbooks_connections
            set undeposited_funds_account_id = ?, payment_method_ids = payment_method_ids || jsonb_build_object(?::text, ?::text)
          where id = ? and realm_id = ?`,
        [accountId, name, methodId, company.connectionId, company.realmId],
        'run',
        em.getTransactionContext(),
      );
    });
  }

  private async undepositedFunds(company: QuickBooksCompanyRef): Promise<string> {
    const account = await this.client.findUndepositedFundsAccount(company);
    if (!account)
      throw new QuickBooksPaymentRefusedError('QuickBooks has no active Undeposited Funds account to deposit into');
    return String(account.Id);
  }

  /** The PaymentMethod of that name: found, reactivated if made inactive, or made. */
  private async paymentMethod(company: QuickBooksCompanyRef, name: string, requestId: string): Promise<string> {
    const active = await this.methodNamed(company, name, true);
    if (active) return String(active.Id);
    const inactive = await this.methodNamed(company, name, false);
    if (inactive) {
      const reactivated = await this.client.sparseUpdate<QboPaymentMethod>(company, 'PaymentMethod', {
        Id: String(inactive.Id),
        SyncToken: String(inactive.SyncToken),
        Active: true,
      });
      return String(reactivated.Id);
    }
    try {
      const made = await this.client.create<QboPaymentMethod>(
        company,
        'PaymentMethod',
        { Name: name, Type: paymentMethodType(name) },
        `${requestId.slice(0, 46)}-pm`,
      );
      return String(made.Id);
    } catch (error) {
      // Made meanwhile by another payment's job: use that one.
      if (!(error instanceof QuickBooksFaultError && error.code === DUPLICATE_NAME)) throw error;
      const other = await this.methodNamed(company, name, true);
      if (!other) throw error;
      return String(other.Id);
    }
  }

  private async methodNamed(company: QuickBooksCompanyRef, name: string, active: boolean) {
    const [method] = await this.client.query<QboPaymentMethod>(company, 'PaymentMethod', [
      { field: 'Name', op: '=', value: name },
      { field: 'Active', op: '=', value: active },
    ]);
    return method ?? null;
  }
}
