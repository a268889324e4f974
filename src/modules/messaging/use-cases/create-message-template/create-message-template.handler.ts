import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { SavedTemplate } from '../../domain/saved-template';
import { MessageTemplateResponseDto } from '../message-template.response.dto';
import { CreateMessageTemplateCommand } from './create-message-template.command';

@CommandHandler(CreateMessageTemplateCommand)
export class CreateMessageTemplateHandler implements ICommandHandler<CreateMessageTemplateCommand> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, name, body }: CreateMessageTemplateCommand): Promise<MessageTemplateResponseDto> {
    return this.scope.transaction(accountId, async (em) => {
      const template = SavedTemplate.create(accountId, 'custom', name, body);
      em.persist(template);
      return MessageTemplateResponseDto.of(template);
    });
  }
}
