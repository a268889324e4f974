import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { isUuid } from '../../../../../libs/ids';
import { AccountScope } from '../../../../platform/database/account-scope';
import { CrezcoConnection, type CrezcoUserDetails } from '../../domain/crezco-connection';
import { CREZCO_GATEWAY, type CrezcoGateway } from '../../domain/crezco-gateway.port';
import { CrezcoOnboardingState } from '../../domain/crezco-onboarding-state';
import { PaymentsErrors } from '../../payments.errors';
import { CompleteCrezcoConnectionCommand } from './complete-crezco-connection.command';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Crezco's redirect after onboarding. The state proves which account and user asked (once, within
 * thirty minutes); the user id is checked with Crezco (`GET /v1/users/{id}`) and stored.
 */
@CommandHandler(CompleteCrezcoConnectionCommand)
export class CompleteCrezcoConnectionHandler implements ICommandHandler<CompleteCrezcoConnectionCommand> {
  private readonly logger = new Logger(CompleteCrezcoConnectionHandler.name);

  constructor(
    private readonly scope: AccountScope,
    @Inject(CREZCO_GATEWAY) private readonly crezco: CrezcoGateway,
  ) {}

  async execute(command: CompleteCrezcoConnectionCommand): Promise<CrezcoUserDetails> {
    const state = await this.consumeState(command.state);
    if (command.errorMessage) throw PaymentsErrors.crezcoDeclined(command.errorMessage.slice(0, 300));
    if (!command.crezcoUserId || !isUuid(command.crezcoUserId)) {
      throw PaymentsErrors.crezcoRefused('the answer had no user id');
    }
    const details = await this.user(command.crezcoUserId);
    await this.scope.transaction(state.accountId, async (em) => {
      const existing = await em.findOne(CrezcoConnection, { accountId: state.accountId });
      if (existing) existing.reconnect(state.userId, details);
      else em.persist(CrezcoConnection.connect(state.accountId, state.userId, details));
    });
    this.logger.log({ accountId: state.accountId, crezcoUserId: details.crezcoUserId }, 'Crezco connected');
    return details;
  }

  private async user(crezcoUserId: string): Promise<CrezcoUserDetails> {
    try {
      return await this.crezco.describeUser(crezcoUserId);
    } catch (error) {
      throw PaymentsErrors.crezcoRefused(messageOf(error));
    }
  }

  /** Claimed before anything else and on its own: a replayed or forged state never reaches Crezco. */
  private consumeState(id: string | undefined): Promise<CrezcoOnboardingState> {
    if (!id || id.length > 64) throw PaymentsErrors.invalidCrezcoState();
    return this.scope.acrossAccounts(async (em) => {
      const claimed = await em.nativeUpdate(
        CrezcoOnboardingState,
        { id, usedAt: null, expiresAt: { $gt: new Date() } },
        { usedAt: new Date() },
      );
      if (claimed !== 1) throw PaymentsErrors.invalidCrezcoState();
      return em.findOneOrFail(CrezcoOnboardingState, { id });
    });
  }
}
