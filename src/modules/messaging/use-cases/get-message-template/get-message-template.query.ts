import { Query } from '@nestjs/cqrs';
import type { MessageTemplateResponseDto } from '../message-template.response.dto';

export class GetMessageTemplateQuery extends Query<MessageTemplateResponseDto> {
  constructor(
    readonly accountId: string,
    readonly templateId: string,
  ) {
    super();
  }
}
