import { Command } from '@nestjs/cqrs';
import type { CrezcoUserDetails } from '../../domain/crezco-connection';

/** What Crezco's onboarding sent back, as it came: any part may be missing. The state says who asked. */
export class CompleteCrezcoConnectionCommand extends Command<CrezcoUserDetails> {
  constructor(
    readonly state: string | undefined,
    readonly crezcoUserId: string | undefined,
    readonly errorMessage: string | undefined,
  ) {
    super();
  }
}
