import { newId } from '../../../../libs/ids';
import type { WorkflowStep } from './workflow-step';

/**
 * A named list of steps an account keeps (up to four reminders and one thank-you), copied onto
 * invoices when attached: changing it later changes no invoice it was copied to. At most one of an
 * account's workflows is its default, attached to each new invoice from QuickBooks.
 */
export class Workflow {
  id!: string;
  accountId!: string;
  name!: string;
  steps!: WorkflowStep[];
  isDefault!: boolean;
  createdAt!: Date;
  updatedAt!: Date;

  static create(accountId: string, name: string, steps: WorkflowStep[], now: Date): Workflow {
    const workflow = new Workflow();
    workflow.id = newId(now.getTime());
    workflow.accountId = accountId;
    workflow.name = name;
    workflow.steps = steps;
    workflow.isDefault = false;
    workflow.createdAt = now;
    workflow.updatedAt = now;
    return workflow;
  }

  edit(changes: { name?: string; steps?: WorkflowStep[] }, now: Date): void {
    if (changes.name !== undefined) this.name = changes.name;
    if (changes.steps !== undefined) this.steps = changes.steps;
    this.updatedAt = now;
  }

  makeDefault(isDefault: boolean, now: Date): void {
    this.isDefault = isDefault;
    this.updatedAt = now;
  }
}
