import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { CREZCO_GATEWAY, type CrezcoGateway } from '../../domain/crezco-gateway.port';
import { CrezcoOnboardingState } from '../../domain/crezco-onboarding-state';
import { PaymentsErrors } from '../../payments.errors';
import { ConnectCrezcoCommand } from './connect-crezco.command';

/** Keeps a single-use state and answers Crezco's partner onboarding URL, whose callback carries it. */
@CommandHandler(ConnectCrezcoCommand)
export class ConnectCrezcoHandler implements ICommandHandler<ConnectCrezcoCommand> {
  constructor(
    private readonly scope: AccountScope,
    @Inject(CREZCO_GATEWAY) private readonly crezco: CrezcoGateway,
  ) {}

  async execute(command: ConnectCrezcoCommand): Promise<{ onboardingUrl: string }> {
    if (!this.crezco.configured) throw PaymentsErrors.methodUnavailable('Settle has no Crezco partner configured');
    const state = CrezcoOnboardingState.issue(command);
    await this.scope.transaction(command.accountId, async (em) => {
      em.persist(state);
    });
    return { onboardingUrl: this.crezco.onboardingUrl(state.id) };
  }
}
