import { Command } from '@nestjs/cqrs';
import type { MessageTemplateResponseDto } from '../message-template.response.dto';

export class UpdateMessageTemplateCommand extends Command<MessageTemplateResponseDto> {
  constructor(
    readonly accountId: string,
    readonly templateId: string,
    readonly changes: { name?: string; body?: string },
  ) {
    super();
  }
}
