import { getQueueToken } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bull';
import { eventually } from '../../libs/testing';
import {
  HandlesWebhook,
  type WebhookHandler,
  type WebhookOutcome,
} from '../../src/platform/inbox/handles-webhook.decorator';
import { Inbox } from '../../src/platform/inbox/inbox';
import type { InboxMessage } from '../../src/platform/inbox/inbox-message';
import { ProcessWebhookJob } from '../../src/platform/inbox/inbox.jobs';
import { OutboxMessage } from '../../src/platform/outbox/outbox-message';
import { OutboxRelay } from '../../src/platform/outbox/outbox-relay';
import { AccountScope } from '../../src/platform/database/account-scope';
import { startTestApp, type TestApp } from '../support/test-app';

@Injectable()
@HandlesWebhook('durable-probe')
class CountingWebhookHandler implements WebhookHandler {
  static readonly processed: string[] = [];

  async process(message: InboxMessage): Promise<WebhookOutcome> {
    CountingWebhookHandler.processed.push(message.dedupeKey);
    return 'processed';
  }
}

/** Work a commit starts is recorded in that commit: a queue that refuses or hangs only delays it. */
describe('durable work after a commit', () => {
  let app: TestApp;
  let queue: Queue;

  beforeAll(async () => {
    app = await startTestApp({ providers: [CountingWebhookHandler] });
    queue = app.app.get<Queue>(getQueueToken(ProcessWebhookJob.queue));
  });

  afterEach(() => jest.restoreAllMocks());
  afterAll(() => app.close());

  const store = (key: string) =>
    app.app.get(Inbox).store({ provider: 'durable-probe', dedupeKey: key, headers: {}, rawBody: '{}' });

  it('still does the work, once, when the queue refuses it the first time', async () => {
    const addBulk = jest.spyOn(queue, 'addBulk').mockRejectedValueOnce(new Error('Redis refused the job'));

    await store('refused-once');

    await eventually(() => expect(CountingWebhookHandler.processed).toContain('refused-once'));
    expect(addBulk.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(CountingWebhookHandler.processed.filter((key) => key === 'refused-once')).toHaveLength(1);
  });

  it('stores and answers a webhook without waiting for a queue that hangs, and does the work once it is back', async () => {
    let release: () => void = () => undefined;
    const back = new Promise<void>((resolve) => (release = resolve));
    const realAddBulk = queue.addBulk.bind(queue);
    jest.spyOn(queue, 'addBulk').mockImplementation(async (jobs) => {
      await back;
      return realAddBulk(jobs);
    });
    jest.spyOn(queue, 'add').mockImplementation(() => new Promise(() => undefined));

    const waitedForTheQueue = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('the webhook waited for the queue')), 5000).unref(),
    );
    const stored = await Promise.race([store('while-redis-hangs'), waitedForTheQueue]);

    expect(stored.duplicate).toBe(false);
    expect(CountingWebhookHandler.processed).not.toContain('while-redis-hangs');
    release();
    await eventually(() => expect(CountingWebhookHandler.processed).toContain('while-redis-hangs'));
  });

  it('marks every job of a burst settled, however they are batched', async () => {
    const keys = Array.from({ length: 40 }, (_, index) => `burst-${index}`);
    const stored = await Promise.all(keys.map(store));

    await eventually(async () => {
      const rows = await app.app
        .get(AccountScope)
        .acrossAccounts((em) =>
          em.find(OutboxMessage, { jobId: { $in: stored.map((webhook) => webhook.id) } }, { filters: false }),
        );
      expect(rows).toHaveLength(keys.length);
      expect(rows.filter((row) => row.settledAt === null)).toEqual([]);
    });
    expect(CountingWebhookHandler.processed.filter((key) => key.startsWith('burst-')).sort()).toEqual(keys.sort());
  });

  it('queues again, once, a job that Redis lost after taking it', async () => {
    jest.spyOn(queue, 'addBulk').mockResolvedValueOnce([]);
    const stored = await store('lost-by-redis');
    const row = () =>
      app.app
        .get(AccountScope)
        .acrossAccounts((em) => em.findOneOrFail(OutboxMessage, { jobId: stored.id }, { filters: false }));
    await eventually(async () => expect((await row()).publishedAt).toBeInstanceOf(Date));
    expect(CountingWebhookHandler.processed).not.toContain('lost-by-redis');

    await app.app.get(OutboxRelay).resendUnsettled(0);

    await eventually(() => expect(CountingWebhookHandler.processed).toContain('lost-by-redis'));
    await eventually(async () => expect((await row()).settledAt).toBeInstanceOf(Date));
    await app.app.get(OutboxRelay).resendUnsettled(0);
    expect(CountingWebhookHandler.processed.filter((key) => key === 'lost-by-redis')).toHaveLength(1);
  });
});
