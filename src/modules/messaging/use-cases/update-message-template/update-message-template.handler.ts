import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { SavedTemplate } from '../../domain/saved-template';
import { MessagingErrors } from '../../messaging.errors';
import { MessageTemplateResponseDto } from '../message-template.response.dto';
import { UpdateMessageTemplateCommand } from './update-message-template.command';

@CommandHandler(UpdateMessageTemplateCommand)
export class UpdateMessageTemplateHandler implements ICommandHandler<UpdateMessageTemplateCommand> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, templateId, changes }: UpdateMessageTemplateCommand): Promise<MessageTemplateResponseDto> {
    return this.scope.transaction(accountId, async (em) => {
      const template = await em.findOne(SavedTemplate, { id: templateId });
      if (!template) throw MessagingErrors.templateNotFound();
      template.edit(changes);
      return MessageTemplateResponseDto.of(template);
    });
  }
}
