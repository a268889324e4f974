import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bull';
import { eventually } from '../../libs/testing';
import { CdcPassLease } from '../../src/modules/integration/infrastructure/cdc-pass-lease';
import { QuickBooksRateLimiter } from '../../src/modules/integration/infrastructure/quickbooks-api/quickbooks-rate-limiter';
import { VonageThroughput } from '../../src/modules/messaging/infrastructure/vonage/vonage-throughput';
import { AccountScope } from '../../src/platform/database/account-scope';
import {
  HandlesWebhook,
  type WebhookHandler,
  type WebhookOutcome,
} from '../../src/platform/inbox/handles-webhook.decorator';
import { Inbox } from '../../src/platform/inbox/inbox';
import { ProcessWebhookJob } from '../../src/platform/inbox/inbox.jobs';
import { queueNamed } from '../../src/platform/queue/queue-registration';
import { startTestApp, type TestApp } from '../support/test-app';

/** A job that is still running when shutdown starts, then uses Redis and PostgreSQL as jobs do. */
@Injectable()
@HandlesWebhook('shutdown-probe')
class LateJob implements WebhookHandler {
  static started = false;
  static outcome: string | undefined;
  static finish: () => void = () => undefined;

  constructor(private readonly modules: ModuleRef) {}

  private use<T>(type: abstract new (...args: never[]) => T): T {
    return this.modules.get(type, { strict: false });
  }

  async process(): Promise<WebhookOutcome> {
    LateJob.started = true;
    await new Promise<void>((resolve) => (LateJob.finish = resolve));
    try {
      const slot = await this.use(QuickBooksRateLimiter).acquire('shutdown-realm');
      await slot.release();
      const end = await this.use(VonageThroughput).take();
      await end();
      await this.use(CdcPassLease).isHeld('shutdown-connection');
      await this.use(AccountScope).acrossAccounts((em) => em.getConnection().execute('select 1'));
      LateJob.outcome = 'finished';
    } catch (error) {
      LateJob.outcome = (error as Error).message;
    }
    return 'processed';
  }
}

describe('shutting down while a job runs', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ providers: [LateJob] });
  });

  it('lets the job finish with the Redis connections and the database it uses', async () => {
    await app.app.get(Inbox).store({ provider: 'shutdown-probe', dedupeKey: 'late', headers: {}, rawBody: '{}' });
    await eventually(() => expect(LateJob.started).toBe(true));

    const queue: Queue & { closing?: Promise<void> } = queueNamed(app.app.get(ModuleRef), ProcessWebhookJob.queue);
    const closed = app.close();
    // Nest's first round of closing is over once the queue is closing, whichever round closes it.
    await eventually(() => expect(queue.closing).toBeDefined());
    LateJob.finish();
    await closed;

    expect(LateJob.outcome).toBe('finished');
  });
});
