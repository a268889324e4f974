import { Command } from '@nestjs/cqrs';

export class DeleteWorkflowCommand extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly workflowId: string,
  ) {
    super();
  }
}
