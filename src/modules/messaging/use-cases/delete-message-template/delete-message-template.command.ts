import { Command } from '@nestjs/cqrs';

export class DeleteMessageTemplateCommand extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly templateId: string,
  ) {
    super();
  }
}
