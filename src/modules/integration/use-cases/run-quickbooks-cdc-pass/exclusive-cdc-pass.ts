import { Injectable } from '@nestjs/common';
import { AccountScope } from '../../../../platform/database/account-scope';
import { QuickBooksConnection } from '../../domain/quickbooks-connection';
import { QuickBooksConnectionLostError } from '../../domain/quickbooks.errors';
import { CdcPassLease } from '../../infrastructure/cdc-pass-lease';
import { QuickBooksCompanies } from '../../infrastructure/quickbooks-companies';
import { QuickBooksCdcPass } from './quickbooks-cdc-pass';

export type ExclusivePassOutcome = { kind: 'current'; cursor: Date } | { kind: 'busy' } | { kind: 'not_connected' };

/**
 * A CDC pass for one company under its lease, so that the scheduled pass and the passes asked for
 * on demand never run two at once, then the cursor moved to when it started. The cursor is on
 * QuickBooks' clock (real time), since the next pass asks QuickBooks what changed since then.
 */
@Injectable()
export class ExclusiveCdcPass {
  constructor(
    private readonly scope: AccountScope,
    private readonly companies: QuickBooksCompanies,
    private readonly pass: QuickBooksCdcPass,
    private readonly lease: CdcPassLease,
  ) {}

  /**
   * Runs the pass unless another holds the lease (`busy`), or, with `freshSince`, unless the cursor
   * is already that recent (a pass ended while the caller waited). Throws what the pass threw,
   * having noted the failure before the lease is released, so that callers waiting for this pass
   * learn of it instead of trying again.
   */
  async run(accountId: string, connectionId: string, freshSince?: Date): Promise<ExclusivePassOutcome> {
    const hold = await this.lease.take(connectionId);
    if (!hold) return { kind: 'busy' };
    try {
      const found = await this.companies.connected(accountId, { id: connectionId });
      if (!found) return { kind: 'not_connected' };
      const cursor = found.connection.cdcCursor;
      if (freshSince && cursor && cursor >= freshSince) return { kind: 'current', cursor };
      const startedAt = new Date();
      try {
        await this.pass.run(found.company, found.connection);
      } catch (error) {
        if (!(error instanceof QuickBooksConnectionLostError)) await this.lease.failed(connectionId);
        throw error;
      }
      await this.scope.transaction(accountId, async (em) => {
        const connection = await em.findOne(QuickBooksConnection, { id: connectionId });
        connection?.cdcPassed(startedAt);
      });
      return { kind: 'current', cursor: startedAt };
    } finally {
      await hold.release();
    }
  }
}
