import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { OAuthState } from '../../domain/oauth-state';
import { IntuitOAuthAdapter } from '../../infrastructure/intuit-oauth.adapter';
import { ConnectQuickBooksCommand } from './connect-quickbooks.command';

@CommandHandler(ConnectQuickBooksCommand)
export class ConnectQuickBooksHandler implements ICommandHandler<ConnectQuickBooksCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly intuit: IntuitOAuthAdapter,
  ) {}

  async execute(command: ConnectQuickBooksCommand): Promise<{ authorizeUrl: string }> {
    const state = OAuthState.issue(command);
    await this.scope.transaction(command.accountId, async (em) => {
      em.persist(state);
    });
    return { authorizeUrl: this.intuit.authorizeUrl(state.id) };
  }
}
