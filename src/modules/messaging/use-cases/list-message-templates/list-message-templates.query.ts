import { Query } from '@nestjs/cqrs';
import type { MessageTemplateResponseDto } from '../message-template.response.dto';

export class ListMessageTemplatesQuery extends Query<MessageTemplateResponseDto[]> {
  constructor(readonly accountId: string) {
    super();
  }
}
