import { Command } from '@nestjs/cqrs';

/**
 * How current Settle's copy of an account's QuickBooks company is. `asOf` is the moment up to
 * which Settle has QuickBooks' changes (its last successful catch-up pass started then); webhooks
 * may have brought later ones.
 */
export type QuickBooksFreshness =
  | { fresh: true; asOf: string }
  | { fresh: false; reason: 'not_connected' }
  | { fresh: false; reason: 'needs_reconnect' | 'unreachable'; asOf: string };

/**
 * Makes sure Settle holds every change made in the account's QuickBooks company up to at most
 * `maxStalenessMs` ago, reading the changes from QuickBooks (one CDC pass, applied like webhooks)
 * only when its copy is older than that. Concurrent callers and the scheduled pass share one pass
 * per company: a caller that finds one running waits for it. Never throws for QuickBooks' sake:
 * it answers why the copy could not be brought up to date.
 */
export class BringQuickBooksUpToDateCommand extends Command<QuickBooksFreshness> {
  constructor(
    readonly accountId: string,
    readonly maxStalenessMs: number,
  ) {
    super();
  }
}
