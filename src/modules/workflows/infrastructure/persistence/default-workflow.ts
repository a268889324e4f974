import type { EntityManager } from '@mikro-orm/postgresql';
import { Workflow } from '../../domain/workflow';

/** Makes `workflow` the account's one default: the previous default stops being one first (a unique index holds it). */
export async function makeDefault(em: EntityManager, workflow: Workflow, now: Date): Promise<void> {
  await em.nativeUpdate(Workflow, { isDefault: true, id: { $ne: workflow.id } }, { isDefault: false, updatedAt: now });
  workflow.makeDefault(true, now);
}
