import type { EntityMetadata, EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type ScalarColumn, scalarColumns } from './column-values';

/** How a bulk write writes entities of one table, given its mapping and its persisted scalar columns. */
type TableWrite = <T extends object>(
  em: EntityManager,
  meta: EntityMetadata<T>,
  columns: ScalarColumn[],
  entities: T[],
) => Promise<unknown>;

/** A bulk write over the entities' table (bulkInsert, bulkUpdate): nothing at all for no entities. */
export function bulkWrite(write: TableWrite) {
  return async <T extends object>(em: EntityManager, entityName: EntityName<T>, entities: T[]): Promise<void> => {
    if (entities.length === 0) return;
    const meta = em.getMetadata(entityName);
    await write(em, meta, scalarColumns(meta, em.getPlatform()), entities);
  };
}
