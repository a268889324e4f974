import { LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AccountScope } from '../../../platform/database/account-scope';
import { QuickBooksConnection } from '../domain/quickbooks-connection';
import type { QuickBooksCompanyRef } from '../domain/quickbooks-company.ref';
import { QuickBooksConnectionLostError, QuickBooksFaultError } from '../domain/quickbooks.errors';
import { safeMessageOf } from '../../../platform/logging/error-redaction';

/**
 * Loads a connection for a job, and records what went wrong on it, so the connection's status shows failures with their intuit_tid.
 */
@Injectable()
export class QuickBooksCompanies {
  constructor(private readonly scope: AccountScope) {}

  /** The account's connection when it is connected (optionally narrowed to one id or realm), else null. */
  connected(accountId: string, where: { id?: string; realmId?: string }) {
    return this.scope.read(accountId, async (em) => {
      const connection = await em.findOne(QuickBooksConnection, { accountId, ...where });
      if (!connection?.isConnected()) return null;
      const company: QuickBooksCompanyRef = { connectionId: connection.id, accountId, realmId: connection.realmId };
      return { connection, company };
    });
  }

  /** Records a failure that ended a job (its last attempt) on the connection. */
  async recordFailure(company: QuickBooksCompanyRef, operation: string, error: unknown): Promise<void> {
    if (error instanceof QuickBooksConnectionLostError) return;
    await this.scope.transaction(company.accountId, async (em) => {
      const connection = await em.findOne(
        QuickBooksConnection,
        { id: company.connectionId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!connection) return;
      const fault = error instanceof QuickBooksFaultError ? error : null;
      connection.recordFailure({
        operation: fault?.operation ?? operation,
        message: safeMessageOf(error),
        code: fault?.code ?? null,
        intuitTid: fault?.intuitTid ?? null,
      });
    });
  }
}
