import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { InvoiceStep, InvoiceWorkflow } from '../../domain/invoice-workflow';
import type { StepOccurrence } from '../../domain/step-occurrence';
import { WorkflowStepResponseDto } from '../workflow-step.response.dto';

class OccurrenceResponseDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a40' })
  id!: string;

  @ApiProperty({ example: 0, description: "0: the step's first time; n: its n-th repeat" })
  index!: number;

  @ApiProperty({
    enum: ['scheduled', 'sending', 'sent', 'skipped', 'cancelled', 'failed', 'missed'],
    example: 'scheduled',
  })
  state!: string;

  @ApiProperty({ example: '2026-12-01T10:00:00.000Z', description: 'When it is (or was) due to go' })
  dueAt!: string;

  @ApiProperty({
    nullable: true,
    type: String,
    example: null,
    description:
      'Why it did not go (paid, removed, voided, opted_out, no_mobile, number_barred, past_when_attached, ' +
      'replaced, step_changed, late_after_downtime, no_due_date), or quiet_hours when the window moved it',
  })
  reason!: string | null;

  @ApiProperty({ nullable: true, type: String, example: null, description: 'When it went' })
  sentAt!: string | null;

  @ApiProperty({ nullable: true, type: String, example: null, description: 'The text message sent' })
  messageId!: string | null;

  @ApiProperty({ nullable: true, type: String, example: null })
  text!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    example: '2026-12-01T09:58:30.000Z',
    description:
      "A reminder's view of QuickBooks when it was sent or skipped: every change made in QuickBooks up to " +
      'this moment was known. Older than a few minutes only when QuickBooks could not be reached (it then ' +
      "went on Settle's own copy); null when no QuickBooks company is connected",
  })
  quickBooksAsOf!: string | null;

  static of(occurrence: StepOccurrence): OccurrenceResponseDto {
    return {
      id: occurrence.id,
      index: occurrence.occurrenceIndex,
      state: occurrence.state,
      dueAt: occurrence.dueAt.toISOString(),
      reason: occurrence.reason,
      sentAt: occurrence.sentAt?.toISOString() ?? null,
      messageId: occurrence.messageId,
      text: occurrence.sentText,
      quickBooksAsOf: occurrence.quickBooksAsOf?.toISOString() ?? null,
    };
  }
}

class InvoiceStepResponseDto extends WorkflowStepResponseDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a41', description: 'Edit or delete it by this id' })
  id!: string;

  @ApiProperty({ type: [OccurrenceResponseDto], description: 'Oldest first; a thank-you has none until paid' })
  occurrences!: OccurrenceResponseDto[];

  static ofStep(step: InvoiceStep, occurrences: StepOccurrence[]): InvoiceStepResponseDto {
    return {
      id: step.id,
      ...WorkflowStepResponseDto.of(step),
      occurrences: occurrences.map((occurrence) => OccurrenceResponseDto.of(occurrence)),
    };
  }
}

export class InvoiceWorkflowResponseDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a20' })
  invoiceId!: string;

  @ApiProperty({
    nullable: true,
    type: String,
    example: null,
    description: 'The workflow copied; null for inline steps',
  })
  workflowId!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Friendly chase' })
  workflowName!: string | null;

  @ApiProperty({ example: '2026-12-01T10:32:00.000Z' })
  attachedAt!: string;

  @ApiProperty({ nullable: true, type: String, example: null })
  paidAt!: string | null;

  @ApiProperty({ type: [InvoiceStepResponseDto] })
  steps!: InvoiceStepResponseDto[];

  static of(copy: InvoiceWorkflow, occurrences: StepOccurrence[]): InvoiceWorkflowResponseDto {
    return {
      invoiceId: copy.invoiceId,
      workflowId: copy.workflowId,
      workflowName: copy.workflowName,
      attachedAt: copy.attachedAt.toISOString(),
      paidAt: copy.paidAt?.toISOString() ?? null,
      steps: copy.steps.map((step) =>
        InvoiceStepResponseDto.ofStep(
          step,
          occurrences.filter((occurrence) => occurrence.stepId === step.id),
        ),
      ),
    };
  }
}
