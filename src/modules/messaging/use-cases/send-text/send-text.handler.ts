import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { SendTextCommand, type SendTextResult } from '../../contracts';
import { OutgoingTexts } from './outgoing-texts';

/** Joins the caller's transaction (Invoicing's SendInvoice), so the invoice's "sent" and the text commit together. */
@CommandHandler(SendTextCommand)
export class SendTextHandler implements ICommandHandler<SendTextCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly texts: OutgoingTexts,
  ) {}

  execute({ accountId, contactId, text, purpose, options }: SendTextCommand): Promise<SendTextResult> {
    return this.scope.transaction(accountId, (em) =>
      this.texts.queue(em, accountId, contactId, text, purpose, options),
    );
  }
}
