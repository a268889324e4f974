import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { SavedTemplate } from '../../domain/saved-template';
import { MessagingErrors } from '../../messaging.errors';
import { MessageTemplateResponseDto } from '../message-template.response.dto';
import { GetMessageTemplateQuery } from './get-message-template.query';

@QueryHandler(GetMessageTemplateQuery)
export class GetMessageTemplateHandler implements IQueryHandler<GetMessageTemplateQuery> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, templateId }: GetMessageTemplateQuery): Promise<MessageTemplateResponseDto> {
    return this.scope.read(accountId, async (em) => {
      const template = await em.findOne(SavedTemplate, { id: templateId });
      if (!template) throw MessagingErrors.templateNotFound();
      return MessageTemplateResponseDto.of(template);
    });
  }
}
