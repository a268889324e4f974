import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/clock/clock';
import { AccountScope } from '../../../../platform/database/account-scope';
import { AppError } from '../../../../platform/errors/app-error';
import { BringQuickBooksUpToDateCommand } from '../../../integration/contracts';
import { SendInvoiceTextCommand, type InvoiceTextOutcome } from '../../../invoicing/contracts';
import type { MessageSource } from '../../../messaging/contracts';
import { DEFAULT_STEP_TEXTS } from '../../domain/default-texts';
import { catchUpDecision } from '../../domain/catch-up';
import { planNext } from '../../domain/invoice-schedule';
import { InvoiceWorkflow, type InvoiceStep } from '../../domain/invoice-workflow';
import { StepOccurrence, type OccurrenceReason } from '../../domain/step-occurrence';
import { cancelScheduled } from '../../infrastructure/persistence/occurrences';
import { ScheduleContexts } from '../../infrastructure/schedule-contexts';
import { workflowsConfig, type WorkflowsConfig } from '../../infrastructure/workflows.config';

type Settled = (
  | { kind: 'sent'; messageId: string; text: string }
  | { kind: 'skipped' | 'failed' | 'missed'; reason: OccurrenceReason }
) & { quickBooksAsOf?: Date };

/** What Settle knew of the account's QuickBooks company when a reminder was decided. */
interface QuickBooksView {
  asOf: Date;
  /** Why it is older than the staleness allowed (QuickBooks could not be read), else null. */
  stale: 'needs_reconnect' | 'unreachable' | null;
}

/**
 * Sends one claimed occurrence through Invoicing (which checks the invoice fresh and queues the text
 * through Messaging with the occurrence id as message id: a retry, a worker that died mid-send or
 * two workers never send it twice), then records what became of it and plans the step's next
 * occurrence. More than a day late (downtime) it is missed, not sent. Before a reminder, Settle's
 * copy of the account's QuickBooks company is brought up to date when it is older than
 * WORKFLOWS_QUICKBOOKS_MAX_STALENESS_SECONDS (Integration reads QuickBooks once per company however
 * many reminders ask), so an invoice paid, voided or deleted there is skipped. When QuickBooks
 * cannot be read, the reminder is decided on Settle's own copy, which webhooks keep current, and the
 * occurrence records how old that copy was.
 */
@Injectable()
export class OccurrenceSender {
  private readonly logger = new Logger(OccurrenceSender.name);

  constructor(
    private readonly scope: AccountScope,
    private readonly commands: CommandBus,
    private readonly contexts: ScheduleContexts,
    private readonly clock: Clock,
    @Inject(workflowsConfig.KEY) private readonly config: WorkflowsConfig,
  ) {}

  async send(accountId: string, occurrenceId: string): Promise<void> {
    const found = await this.scope.read(accountId, async (em) => {
      const occurrence = await em.findOne(StepOccurrence, { id: occurrenceId });
      if (!occurrence?.isBeingSent()) return null;
      const copy = await em.findOne(InvoiceWorkflow, { invoiceId: occurrence.invoiceId });
      return { occurrence, copy };
    });
    if (!found) return;
    const { occurrence, copy } = found;
    const step =
      copy?.attachmentId === occurrence.attachmentId ? copy.steps.find((s) => s.id === occurrence.stepId) : undefined;
    if (!step) return this.record(accountId, occurrenceId, { kind: 'skipped', reason: 'step_changed' });
    if (catchUpDecision(occurrence.dueAt, this.clock.now()) === 'missed') {
      return this.record(accountId, occurrenceId, { kind: 'missed', reason: 'late_after_downtime' });
    }
    const quickBooks = step.kind === 'reminder' ? await this.quickBooksView(accountId) : null;
    const settled = await this.sendText(accountId, occurrence, step);
    if (quickBooks?.stale) {
      this.logger.warn(
        { occurrenceId, decision: settled.kind, quickBooks: quickBooks.stale, asOf: quickBooks.asOf.toISOString() },
        "A reminder was decided on Settle's own copy of QuickBooks, which could not be read",
      );
    }
    return this.record(accountId, occurrenceId, { ...settled, quickBooksAsOf: quickBooks?.asOf });
  }

  /** Null when the account has no QuickBooks company: Settle's invoices are then its own. */
  private async quickBooksView(accountId: string): Promise<QuickBooksView | null> {
    const freshness = await this.commands.execute(
      new BringQuickBooksUpToDateCommand(accountId, this.config.quickBooksMaxStalenessMs),
    );
    if (freshness.fresh) return { asOf: new Date(freshness.asOf), stale: null };
    if (freshness.reason === 'not_connected') return null;
    return { asOf: new Date(freshness.asOf), stale: freshness.reason };
  }

  private async sendText(accountId: string, occurrence: StepOccurrence, step: InvoiceStep): Promise<Settled> {
    const source: MessageSource = step.templateId
      ? { templateId: step.templateId }
      : { text: DEFAULT_STEP_TEXTS[step.kind] };
    let outcome: InvoiceTextOutcome;
    try {
      outcome = await this.commands.execute(
        new SendInvoiceTextCommand(accountId, occurrence.invoiceId, step.kind, source, occurrence.id),
      );
    } catch (error) {
      // An answer that retrying cannot change (the template deleted, say) fails the occurrence; anything else is retried.
      if (!(error instanceof AppError)) throw error;
      this.logger.warn({ occurrenceId: occurrence.id, code: error.code }, 'A workflow step could not be sent');
      return { kind: 'failed', reason: 'send_failed' };
    }
    if (outcome.outcome === 'sent') return { kind: 'sent', messageId: outcome.messageId, text: outcome.text };
    return { kind: 'skipped', reason: outcome.reason };
  }

  private record(accountId: string, occurrenceId: string, settled: Settled): Promise<void> {
    return this.scope.transaction(accountId, async (em) => {
      const occurrence = await em.findOne(
        StepOccurrence,
        { id: occurrenceId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!occurrence?.isBeingSent()) return;
      const now = this.clock.now();
      if (settled.quickBooksAsOf) occurrence.decidedOnQuickBooksAsOf(settled.quickBooksAsOf);
      switch (settled.kind) {
        case 'sent':
          occurrence.sent(settled.messageId, settled.text, now);
          break;
        case 'missed':
          occurrence.miss(now);
          break;
        case 'failed':
          occurrence.fail(settled.reason, now);
          break;
        case 'skipped':
          occurrence.skip(settled.reason, now);
          break;
      }
      await this.afterwards(em, accountId, occurrence, settled, now);
    });
  }

  /** A paid, removed or opted-out invoice ends its reminders; otherwise a repeating step goes on. */
  private async afterwards(
    em: EntityManager,
    accountId: string,
    occurrence: StepOccurrence,
    settled: Settled,
    now: Date,
  ): Promise<void> {
    const ending = settled.kind === 'skipped' ? endingOf(settled.reason) : null;
    if (ending) {
      await cancelScheduled(em, [occurrence.invoiceId], ending, now, { kind: 'reminder' });
      return;
    }
    if (occurrence.kind !== 'reminder') return;
    const copy = await em.findOne(InvoiceWorkflow, { invoiceId: occurrence.invoiceId });
    if (!copy || copy.attachmentId !== occurrence.attachmentId) return;
    // Only a repeating step has a next occurrence: the others need not read the account's schedule.
    const step = copy.steps.find((candidate) => candidate.id === occurrence.stepId);
    if (step?.kind !== 'reminder' || step.repeatEveryDays === null) return;
    const next = planNext(copy, occurrence, await this.contexts.of(em, accountId, now), now);
    if (next) em.persist(next);
  }
}

function endingOf(reason: OccurrenceReason): OccurrenceReason | null {
  if (reason === 'paid' || reason === 'opted_out') return reason;
  if (reason === 'removed' || reason === 'voided') return 'removed';
  return null;
}
