import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  HandlesWebhook,
  type WebhookHandler,
  type WebhookOutcome,
} from '../../src/platform/inbox/handles-webhook.decorator';
import { Inbox, type IncomingWebhook } from '../../src/platform/inbox/inbox';
import { InboxMessage } from '../../src/platform/inbox/inbox-message';
import { ProcessWebhookJob } from '../../src/platform/inbox/inbox.jobs';
import { JOB_ATTEMPTS } from '../../src/platform/queue/job-attempts';
import { eventually } from '../../libs/testing';
import { startTestApp, type TestApp } from '../support/test-app';

@Injectable()
@HandlesWebhook('probe')
class ProbeWebhookHandler implements WebhookHandler {
  static readonly processed: string[] = [];
  static readonly failedAt: number[] = [];

  async process(message: InboxMessage): Promise<WebhookOutcome> {
    const body = JSON.parse(message.rawBody) as { id: string; fail?: boolean };
    if (body.fail) {
      ProbeWebhookHandler.failedAt.push(Date.now());
      throw new Error(`cannot process ${body.id}`);
    }
    ProbeWebhookHandler.processed.push(body.id);
    return 'processed';
  }
}

describe('webhook inbox', () => {
  let app: TestApp;
  let inbox: Inbox;

  beforeAll(async () => {
    app = await startTestApp({ providers: [ProbeWebhookHandler] });
    inbox = app.app.get(Inbox);
  });

  afterAll(() => app.close());

  /** A webhook for the probe handler, keyed by the id its body carries. */
  const storeProbe = (id: string, extra: Partial<IncomingWebhook> & { fail?: boolean } = {}) => {
    const { fail, ...webhook } = extra;
    return inbox.store({
      provider: 'probe',
      dedupeKey: id,
      headers: {},
      rawBody: JSON.stringify({ id, fail }),
      ...webhook,
    });
  };
  const load = (id: string) => app.app.get(EntityManager).fork().findOneOrFail(InboxMessage, { id });

  it('stores a webhook with its raw body and headers, and processes it once', async () => {
    const rawBody = '{"id":"evt-1"}';
    const stored = await inbox.store({ provider: 'probe', dedupeKey: 'evt-1', headers: { 'x-sig': 'abc' }, rawBody });
    const again = await inbox.store({ provider: 'probe', dedupeKey: 'evt-1', headers: {}, rawBody });

    expect(stored.duplicate).toBe(false);
    expect(again.duplicate).toBe(true);
    const message = await eventually(async () => {
      const row = await load(stored.id);
      expect(row.status).toBe('processed');
      return row;
    });
    expect(message).toMatchObject({ rawBody, headers: { 'x-sig': 'abc' }, attempts: 1, error: null });
    expect(message.receivedAt).toBeInstanceOf(Date);
    expect(message.processedAt).toBeInstanceOf(Date);
    expect(ProbeWebhookHandler.processed.filter((id) => id === 'evt-1')).toHaveLength(1);
  });

  it('schedules one processing job per stored webhook, and none for a duplicate', async () => {
    const first = await storeProbe('evt-jobs');
    await storeProbe('evt-jobs');

    const jobs = await app.app
      .get(EntityManager)
      .getConnection()
      .execute<{ job_id: string; inbox_id: string }[]>(
        `select job_id, payload->>'inboxId' as inbox_id from platform_outbox
         where job_name = ? and not exists (select 1 from platform_inbox where id::text = payload->>'inboxId')
            or job_id = ?`,
        [ProcessWebhookJob.name, first.id],
      );
    expect(jobs).toEqual([{ job_id: first.id, inbox_id: first.id }]);
  });

  it('stores a webhook known to need no processing as ignored, with no job and no handler run', async () => {
    const stored = await storeProbe('evt-ignored', { ignore: true });

    const message = await load(stored.id);
    expect(message).toMatchObject({ status: 'ignored', attempts: 0, error: null });
    expect(message.processedAt).toBeInstanceOf(Date);
    const jobs = await app.app
      .get(EntityManager)
      .getConnection()
      .execute<{ count: string }[]>(`select count(*) from platform_outbox where job_id = ?`, [stored.id]);
    expect(jobs[0].count).toBe('0');
    expect(ProbeWebhookHandler.processed).not.toContain('evt-ignored');
  });

  it('keeps the same key apart across providers', async () => {
    const probe = await storeProbe('shared');
    const other = await inbox.store({ provider: 'nobody', dedupeKey: 'shared', headers: {}, rawBody: '{}' });
    expect(probe.duplicate || other.duplicate).toBe(false);
    await eventually(async () => expect((await load(other.id)).status).toBe('ignored'));
  });

  it('retries a failing webhook and ends visibly failed with its reason', async () => {
    const stored = await storeProbe('bad', { fail: true });
    const message = await eventually(async () => {
      const row = await load(stored.id);
      expect(row.status).toBe('failed');
      return row;
    });
    expect(message.attempts).toBe(JOB_ATTEMPTS);
    expect(message.error).toBe('cannot process bad');
    // Backed off: with QUEUE_RETRY_BASE_MS=5 the seven waits are at least 2.5 ms × (1 + 2 + … + 64).
    const attempts = ProbeWebhookHandler.failedAt;
    expect(attempts[attempts.length - 1] - attempts[0]).toBeGreaterThanOrEqual(2.5 * 127);
  });
});
