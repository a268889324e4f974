import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { SavedTemplate } from '../../domain/saved-template';
import { ensureIntroTemplate } from '../../infrastructure/persistence/template-bodies';
import { MessageTemplateResponseDto } from '../message-template.response.dto';
import { ListMessageTemplatesQuery } from './list-message-templates.query';

/** The intro template is made from the default on first listing, so it can be edited like any other. */
@QueryHandler(ListMessageTemplatesQuery)
export class ListMessageTemplatesHandler implements IQueryHandler<ListMessageTemplatesQuery> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId }: ListMessageTemplatesQuery): Promise<MessageTemplateResponseDto[]> {
    return this.scope.transaction(accountId, async (em) => {
      await ensureIntroTemplate(em, accountId);
      const templates = await em.find(SavedTemplate, {}, { orderBy: { kind: 'desc', createdAt: 'asc', id: 'asc' } });
      return templates.map((template) => MessageTemplateResponseDto.of(template));
    });
  }
}
