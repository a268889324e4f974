import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { bulkInsert } from '../../../../platform/database/bulk-insert';
import { GetInvoicesForWorkflowsQuery, type InvoiceForWorkflows } from '../../../invoicing/contracts';
import { planAttachment } from '../../domain/invoice-schedule';
import { InvoiceWorkflow } from '../../domain/invoice-workflow';
import { StepOccurrence } from '../../domain/step-occurrence';
import type { WorkflowStep } from '../../domain/workflow-step';
import { cancelScheduled } from '../../infrastructure/persistence/occurrences';
import { ScheduleContexts } from '../../infrastructure/schedule-contexts';
import { WorkflowsErrors } from '../../workflows.errors';

export interface AttachSource {
  workflowId: string | null;
  workflowName: string | null;
  steps: WorkflowStep[];
}

/**
 * Copies steps onto invoices and schedules them, in the caller's transaction: the invoices are read
 * from Invoicing, an earlier copy is replaced (its scheduled occurrences cancelled), and the new
 * occurrences go in with one statement.
 */
@Injectable()
export class WorkflowAttacher {
  constructor(
    private readonly queries: QueryBus,
    private readonly contexts: ScheduleContexts,
  ) {}

  /** One invoice a user chose: unknown or removed is a 404, paid a 409. */
  async attachOne(em: EntityManager, accountId: string, invoiceId: string, source: AttachSource, now: Date) {
    const [invoice] = await this.queries.execute(new GetInvoicesForWorkflowsQuery(accountId, [invoiceId]));
    if (!invoice || invoice.removed) throw WorkflowsErrors.invoiceNotFound();
    if (invoice.paid) throw WorkflowsErrors.invoicePaid();
    const [copy] = await this.attach(em, accountId, [invoice], source, now, { replace: true });
    return copy;
  }

  /** New invoices (the default workflow): those paid, removed or with a workflow already are left alone. */
  async attachNew(em: EntityManager, accountId: string, invoiceIds: string[], source: AttachSource, now: Date) {
    const invoices = await this.queries.execute(new GetInvoicesForWorkflowsQuery(accountId, invoiceIds));
    const open = invoices.filter((invoice) => !invoice.paid && !invoice.removed);
    return this.attach(em, accountId, open, source, now, { replace: false });
  }

  private async attach(
    em: EntityManager,
    accountId: string,
    invoices: InvoiceForWorkflows[],
    source: AttachSource,
    now: Date,
    { replace }: { replace: boolean },
  ): Promise<InvoiceWorkflow[]> {
    if (invoices.length === 0) return [];
    const existing = new Map(
      (await em.find(InvoiceWorkflow, { invoiceId: { $in: invoices.map((invoice) => invoice.invoiceId) } })).map(
        (copy) => [copy.invoiceId, copy],
      ),
    );
    const context = await this.contexts.of(em, accountId, now);
    const copies: InvoiceWorkflow[] = [];
    for (const invoice of invoices) {
      const earlier = existing.get(invoice.invoiceId);
      if (earlier && !replace) continue;
      const facts = { invoiceId: invoice.invoiceId, contactId: invoice.contactId, dueDate: invoice.dueDate };
      if (earlier) earlier.replace(facts, source, now);
      const copy = earlier ?? InvoiceWorkflow.attach(accountId, facts, source, now);
      em.persist(copy);
      copies.push(copy);
    }
    const replaced = copies.filter((copy) => existing.has(copy.invoiceId)).map((copy) => copy.invoiceId);
    await cancelScheduled(em, replaced, 'replaced', now);
    await em.flush();
    await bulkInsert(
      em,
      StepOccurrence,
      copies.flatMap((copy) => planAttachment(copy, context, now)),
    );
    return copies;
  }
}
