import { Command } from '@nestjs/cqrs';

/**
 * Copies a workflow's steps onto an invoice and schedules them (joining the caller's transaction
 * when there is one): steps whose time has passed are skipped, a repeating one starts at its next
 * occurrence. An earlier workflow on the invoice is replaced and its pending steps cancelled.
 * An unknown workflow is a 404 (WORKFLOWS.WORKFLOW_NOT_FOUND); a paid invoice a 409.
 */
export class AttachWorkflowToInvoiceCommand extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly invoiceId: string,
    readonly workflowId: string,
  ) {
    super();
  }
}
