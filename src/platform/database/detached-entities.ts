import type { EntityDictionary, EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scalarColumns } from './column-values';

/**
 * Entities made from rows as plain instances of their class, outside MikroORM's unit of work, with
 * the values MikroORM's hydrator would give them. MikroORM makes each managed entity's properties
 * accessors, defined on the instance, over a helper that holds its data: about 30 µs an entity once
 * that code is hot, and 150-250 µs in an import page, which hydrates too few for it to get hot. A
 * detached entity's changes are never flushed: whoever changes one writes it (see bulkUpdate).
 */
export function detachedEntities<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  rows: EntityDictionary<T>[],
): T[] {
  const meta = em.getMetadata(entityName);
  const columns = scalarColumns(meta, em.getPlatform());
  const Entity = meta.class as new () => T;
  return rows.map((row) => {
    const entity = new Entity() as Record<string, unknown>;
    for (const { name, valueIn } of columns) entity[name] = valueIn(row);
    return entity as T;
  });
}
