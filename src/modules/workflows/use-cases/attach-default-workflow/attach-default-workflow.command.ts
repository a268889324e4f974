import { Command } from '@nestjs/cqrs';

/** New invoices from QuickBooks get the account's default workflow, if it chose one. */
export class AttachDefaultWorkflowCommand extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly invoiceIds: string[],
  ) {
    super();
  }
}
