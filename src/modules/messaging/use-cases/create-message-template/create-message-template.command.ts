import { Command } from '@nestjs/cqrs';
import type { MessageTemplateResponseDto } from '../message-template.response.dto';

export class CreateMessageTemplateCommand extends Command<MessageTemplateResponseDto> {
  constructor(
    readonly accountId: string,
    readonly name: string,
    readonly body: string,
  ) {
    super();
  }
}
