import { EntityManager, RequestContext } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { accountScopedEm, TENANT_FILTER, type TenantFilterParams } from '../database/tenant-filter';
import type { Principal } from './principal';

const PRINCIPAL = 'principal';

/**
 * Binds the caller's account to the current EntityManager (reads and writes scoped by the tenant
 * filter) and to the CLS context (for logs). Jobs use `run` with the account their payload names.
 */
@Injectable()
export class TenantScope {
  constructor(
    private readonly em: EntityManager,
    private readonly cls: ClsService,
  ) {}

  enter(principal: Principal): void {
    this.cls.set(PRINCIPAL, principal);
    this.em.setFilterParams(TENANT_FILTER, { accountId: principal.accountId } satisfies TenantFilterParams);
  }

  principal(): Principal | undefined {
    return this.cls.isActive() ? this.cls.get<Principal>(PRINCIPAL) : undefined;
  }

  /** Runs `work` in a fresh EntityManager scoped to one account, outside any HTTP request. */
  async run<T>(accountId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    const em = accountScopedEm(this.em, accountId);
    return RequestContext.create(em, () => work(em));
  }
}
