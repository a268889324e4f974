import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { TENANT_FILTER, type TenantFilterParams } from './tenant-filter';

/**
 * The one way Settle's code gets an EntityManager. Commands and queries carry the account they
 * work for, so a use case behaves the same from HTTP, a job, a saga or a test:
 *
 * - `transaction(accountId, work)`: one account's reads and writes in one transaction. Inside an
 *   ambient transaction (a consumer's, see EventConsumer) it joins it as a savepoint, so the
 *   consumer's claim and the writes of every command it dispatches commit together.
 * - `read(accountId, work)`: one account's reads, without a transaction of their own.
 * - `acrossAccounts(work)`: the few passes that must look across accounts (webhook routing, sweeps,
 *   sign-in). Tenant-owned tables still refuse a query that does not say `filters: false`.
 *
 * Every EntityManager it hands out is fresh (its own identity map) and scoped by the tenant filter:
 * queries see only that account's rows, and a flush refuses to write another account's.
 */
@Injectable()
export class AccountScope {
  constructor(private readonly orm: MikroORM) {}

  transaction<T>(accountId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.scoped(accountId).transactional(work);
  }

  read<T>(accountId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return work(this.scoped(accountId));
  }

  acrossAccounts<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return work(this.fork());
  }

  private scoped(accountId: string): EntityManager {
    const em = this.fork();
    em.setFilterParams(TENANT_FILTER, { accountId } satisfies TenantFilterParams);
    return em;
  }

  /** Forking the global EntityManager starts from the ambient transaction's, when there is one. */
  private fork(): EntityManager {
    return this.orm.em.fork({ clear: true, useContext: false, keepTransactionContext: true });
  }
}
