import type { EntityManager } from '@mikro-orm/postgresql';
import { Workflow } from '../../domain/workflow';
import { WorkflowSettings } from '../../domain/workflow-settings';

/** The account's settings, or the defaults (not stored) when it never changed them. */
export async function settingsOf(em: EntityManager, accountId: string, now: Date): Promise<WorkflowSettings> {
  return (await em.findOne(WorkflowSettings, { accountId })) ?? WorkflowSettings.defaultFor(accountId, now);
}

export async function defaultWorkflowOf(em: EntityManager): Promise<Workflow | null> {
  return em.findOne(Workflow, { isDefault: true });
}
