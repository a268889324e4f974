import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { SavedTemplate } from '../../domain/saved-template';
import { MessagingErrors } from '../../messaging.errors';
import { DeleteMessageTemplateCommand } from './delete-message-template.command';

@CommandHandler(DeleteMessageTemplateCommand)
export class DeleteMessageTemplateHandler implements ICommandHandler<DeleteMessageTemplateCommand> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, templateId }: DeleteMessageTemplateCommand): Promise<void> {
    return this.scope.transaction(accountId, async (em) => {
      const template = await em.findOne(SavedTemplate, { id: templateId });
      if (!template) throw MessagingErrors.templateNotFound();
      if (template.kind === 'invoice_intro') throw MessagingErrors.defaultTemplateKept();
      em.remove(template);
    });
  }
}
