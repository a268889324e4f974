import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { safeMessageOf } from '../../../../platform/logging/error-redaction';
import { BringQuickBooksUpToDateCommand, type QuickBooksFreshness } from '../../contracts';
import { QuickBooksConnection } from '../../domain/quickbooks-connection';
import { QuickBooksConnectionLostError } from '../../domain/quickbooks.errors';
import { CdcPassLease } from '../../infrastructure/cdc-pass-lease';
import { ExclusiveCdcPass } from '../run-quickbooks-cdc-pass/exclusive-cdc-pass';

/** How long a caller waits for another's pass before it answers "unreachable". */
const WAIT_MS = 60_000;
const POLL_MS = 200;

/**
 * A copy younger than the staleness asked for answers at once from the connection's row (no
 * QuickBooks call). An older one gets one CDC pass under the company's lease; callers that find
 * the lease held poll the cursor until that pass ends, so however many reminders fall due together
 * the company sees one pass. A pass that fails is remembered for a minute: callers meanwhile are
 * answered "unreachable" without trying again.
 */
@CommandHandler(BringQuickBooksUpToDateCommand)
export class BringQuickBooksUpToDateHandler implements ICommandHandler<BringQuickBooksUpToDateCommand> {
  private readonly logger = new Logger(BringQuickBooksUpToDateHandler.name);

  constructor(
    private readonly scope: AccountScope,
    private readonly pass: ExclusiveCdcPass,
    private readonly lease: CdcPassLease,
  ) {}

  async execute({ accountId, maxStalenessMs }: BringQuickBooksUpToDateCommand): Promise<QuickBooksFreshness> {
    const waitUntil = Date.now() + WAIT_MS;
    for (;;) {
      const connection = await this.scope.read(accountId, (em) => em.findOne(QuickBooksConnection, { accountId }));
      if (!connection || connection.isDisconnected()) return { fresh: false, reason: 'not_connected' };
      const asOf = connection.cdcCursor ?? connection.connectedAt;
      if (!connection.isConnected()) return { fresh: false, reason: 'needs_reconnect', asOf: asOf.toISOString() };
      const freshSince = new Date(Date.now() - maxStalenessMs);
      if (asOf >= freshSince) return { fresh: true, asOf: asOf.toISOString() };
      const unreachable = { fresh: false, reason: 'unreachable', asOf: asOf.toISOString() } as const;
      if (await this.lease.failedRecently(connection.id)) return unreachable;
      try {
        const outcome = await this.pass.run(accountId, connection.id, freshSince);
        if (outcome.kind === 'current') return { fresh: true, asOf: outcome.cursor.toISOString() };
      } catch (error) {
        // A lost connection is marked so; the next look answers "needs_reconnect".
        if (!(error instanceof QuickBooksConnectionLostError))
          return this.unreachable(connection.id, unreachable, error);
      }
      if (Date.now() >= waitUntil) return unreachable;
      await sleep(POLL_MS);
    }
  }

  private unreachable(connectionId: string, answer: QuickBooksFreshness, error: unknown): QuickBooksFreshness {
    this.logger.warn(
      { connectionId, error: safeMessageOf(error) },
      'QuickBooks could not be read to bring the company up to date',
    );
    return answer;
  }
}
