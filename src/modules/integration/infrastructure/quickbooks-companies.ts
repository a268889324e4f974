import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { accountScopedEm } from '../../../platform/database/tenant-filter';
import { QuickBooksConnection } from '../domain/quickbooks-connection';
import type { QuickBooksCompanyRef } from '../domain/quickbooks-company.ref';
import { QuickBooksConnectionLostError, QuickBooksFaultError } from '../domain/quickbooks.errors';

/**
 * Loads a connection for a job, in the job's own EntityManager scoped to its account, and records
 * what went wrong on it, so the connection's status shows failures with their intuit_tid.
 */
@Injectable()
export class QuickBooksCompanies {
  constructor(private readonly orm: MikroORM) {}

  em(accountId: string) {
    return accountScopedEm(this.orm.em, accountId);
  }

  async connected(accountId: string, where: { id?: string; realmId?: string }) {
    const em = this.em(accountId);
    const connection = await em.findOne(QuickBooksConnection, { accountId, ...where });
    if (!connection?.isConnected()) return null;
    const company: QuickBooksCompanyRef = { connectionId: connection.id, accountId, realmId: connection.realmId };
    return { em, connection, company };
  }

  /** Records a failure that ended a job (its last attempt) on the connection. */
  async recordFailure(company: QuickBooksCompanyRef, operation: string, error: unknown): Promise<void> {
    if (error instanceof QuickBooksConnectionLostError) return;
    const em = this.em(company.accountId);
    const connection = await em.findOne(QuickBooksConnection, { id: company.connectionId });
    if (!connection) return;
    const fault = error instanceof QuickBooksFaultError ? error : null;
    connection.recordFailure({
      operation: fault?.operation ?? operation,
      message: error instanceof Error ? error.message : String(error),
      code: fault?.code ?? null,
      intuitTid: fault?.intuitTid ?? null,
    });
    await em.flush();
  }
}
