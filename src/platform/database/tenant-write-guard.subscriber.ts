import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { TENANT_FILTER, type TenantFilterParams } from './tenant-filter';

export class CrossTenantWriteError extends Error {
  constructor(entityName: string) {
    super(`Refused to write ${entityName} of another account`);
  }
}

/**
 * The write half of tenancy: within a tenant-scoped EntityManager, a flush that would create,
 * change or delete a row of another account fails before anything reaches the database.
 */
export class TenantWriteGuardSubscriber implements EventSubscriber {
  onFlush({ em, uow }: FlushEventArgs): void {
    const params = em.getFilterParams<TenantFilterParams>(TENANT_FILTER);
    if (!params?.accountId) return;
    for (const changeSet of uow.getChangeSets()) {
      if (!changeSet.meta.filters[TENANT_FILTER]) continue;
      const owner = (changeSet.entity as { accountId?: string }).accountId;
      if (owner !== params.accountId) throw new CrossTenantWriteError(changeSet.name);
    }
  }
}
