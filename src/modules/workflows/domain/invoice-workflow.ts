import { newId } from '../../../../libs/ids';
import { WorkflowsErrors } from '../workflows.errors';
import type { WorkflowStep } from './workflow-step';

/** A step copied onto one invoice, with an id of its own so its occurrences keep pointing at it. */
export type InvoiceStep = WorkflowStep & { id: string };

/** What Workflows keeps of an invoice to schedule its steps (Invoicing stays the master of it). */
interface InvoiceFacts {
  invoiceId: string;
  contactId: string;
  /** ISO date; null when the invoice has none (reminders then have nothing to count from). */
  dueDate: string | null;
}

/**
 * The steps of one invoice: a copy of a workflow (or steps given inline), changed only for this
 * invoice, until it is paid. Attaching again replaces it.
 */
export class InvoiceWorkflow {
  invoiceId!: string;
  accountId!: string;
  contactId!: string;
  dueDate!: string | null;
  /** The workflow it was copied from; null for steps given inline. */
  workflowId!: string | null;
  workflowName!: string | null;
  steps!: InvoiceStep[];
  /** A new one on each attach: occurrences of an earlier attachment are never confused with these. */
  attachmentId!: string;
  paidAt!: Date | null;
  removedAt!: Date | null;
  attachedAt!: Date;
  updatedAt!: Date;

  static attach(
    accountId: string,
    facts: InvoiceFacts,
    source: { workflowId: string | null; workflowName: string | null; steps: WorkflowStep[] },
    now: Date,
  ): InvoiceWorkflow {
    const copy = new InvoiceWorkflow();
    copy.invoiceId = facts.invoiceId;
    copy.accountId = accountId;
    copy.paidAt = null;
    copy.removedAt = null;
    copy.replace(facts, source, now);
    return copy;
  }

  /** Attached again (another workflow, or new inline steps): the earlier steps are gone. */
  replace(
    facts: InvoiceFacts,
    source: { workflowId: string | null; workflowName: string | null; steps: WorkflowStep[] },
    now: Date,
  ): void {
    this.assertEditable();
    this.contactId = facts.contactId;
    this.dueDate = facts.dueDate;
    this.workflowId = source.workflowId;
    this.workflowName = source.workflowName;
    this.steps = source.steps.map((step) => ({ ...step, id: newId(now.getTime()) }));
    this.attachmentId = newId(now.getTime());
    this.attachedAt = now;
    this.updatedAt = now;
  }

  step(stepId: string): InvoiceStep {
    const step = this.steps.find((candidate) => candidate.id === stepId);
    if (!step) throw WorkflowsErrors.stepNotFound();
    return step;
  }

  /** Changes one step of this invoice only; its id stays. */
  editStep(stepId: string, changed: WorkflowStep, now: Date): InvoiceStep {
    this.assertEditable();
    this.step(stepId);
    const edited = { ...changed, id: stepId };
    this.steps = this.steps.map((step) => (step.id === stepId ? edited : step));
    this.updatedAt = now;
    return edited;
  }

  deleteStep(stepId: string, now: Date): void {
    this.assertEditable();
    this.step(stepId);
    this.steps = this.steps.filter((step) => step.id !== stepId);
    this.updatedAt = now;
  }

  thankYouStep(): InvoiceStep | undefined {
    return this.steps.find((step) => step.kind === 'thank_you');
  }

  isPaid(): boolean {
    return this.paidAt !== null;
  }

  isRemoved(): boolean {
    return this.removedAt !== null;
  }

  /** Whether this is news (a redelivered or repeated payment changes nothing). */
  markPaid(at: Date): boolean {
    if (this.paidAt) return false;
    this.paidAt = at;
    this.updatedAt = at;
    return true;
  }

  markRemoved(at: Date): void {
    this.removedAt ??= at;
    this.updatedAt = at;
  }

  private assertEditable(): void {
    if (this.paidAt) throw WorkflowsErrors.invoicePaid();
    if (this.removedAt) throw WorkflowsErrors.invoiceRemoved();
  }
}
