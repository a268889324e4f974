import { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OAuthState } from '../../domain/oauth-state';
import { IntuitOAuthAdapter } from '../../infrastructure/intuit-oauth.adapter';
import { ConnectQuickBooksCommand } from './connect-quickbooks.command';

@CommandHandler(ConnectQuickBooksCommand)
export class ConnectQuickBooksHandler implements ICommandHandler<ConnectQuickBooksCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly intuit: IntuitOAuthAdapter,
  ) {}

  async execute(command: ConnectQuickBooksCommand): Promise<{ authorizeUrl: string }> {
    const state = OAuthState.issue(command);
    await this.em.persist(state).flush();
    return { authorizeUrl: this.intuit.authorizeUrl(state.id) };
  }
}
