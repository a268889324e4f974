import { getQueueToken } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Queue } from 'bull';
import { AccountCreatedEvent } from '../../src/platform/accounts/events/account-created.event';
import { DomainEvent } from '../../src/platform/outbox/domain-event';
import { EventDispatcher } from '../../src/platform/outbox/event-dispatcher';
import { HandlesEvent, type EventConsumer } from '../../src/platform/outbox/handles-event.decorator';
import { Outbox } from '../../src/platform/outbox/outbox';
import { OutboxMessage } from '../../src/platform/outbox/outbox-message';
import { OutboxRelay } from '../../src/platform/outbox/outbox-relay';
import { DispatchEventJob } from '../../src/platform/outbox/outbox.jobs';
import { signUp } from '../support/accounts';
import { eventually } from '../../libs/testing';
import { startTestApp, type TestApp } from '../support/test-app';

class ProbeEvent extends DomainEvent {
  static readonly eventName = 'test.probe.v1';

  constructor(readonly label: string) {
    super(null);
  }
}

/** Two consumers of signups: one counts, one fails the first time it sees each event. */
@Injectable()
@HandlesEvent(AccountCreatedEvent)
class CountSignups implements EventConsumer<AccountCreatedEvent> {
  static readonly seen: string[] = [];

  async handle(event: AccountCreatedEvent): Promise<void> {
    CountSignups.seen.push(event.accountId as string);
  }
}

@Injectable()
@HandlesEvent(AccountCreatedEvent)
class FlakySignupConsumer implements EventConsumer<AccountCreatedEvent> {
  static readonly attempts = new Map<string, number>();

  async handle(event: AccountCreatedEvent): Promise<void> {
    const attempts = (FlakySignupConsumer.attempts.get(event.eventId) ?? 0) + 1;
    FlakySignupConsumer.attempts.set(event.eventId, attempts);
    if (attempts === 1) throw new Error('first delivery fails');
  }
}

@Injectable()
@HandlesEvent(ProbeEvent)
class RecordProbes implements EventConsumer<ProbeEvent> {
  static readonly labels: string[] = [];

  async handle(event: ProbeEvent): Promise<void> {
    RecordProbes.labels.push(event.label);
  }
}

describe('transactional outbox', () => {
  let app: TestApp;
  let relay: OutboxRelay;

  beforeAll(async () => {
    app = await startTestApp({ providers: [CountSignups, FlakySignupConsumer, RecordProbes] });
    relay = app.app.get(OutboxRelay);
  });

  afterAll(() => app.close());

  async function outboxRow(eventId: string): Promise<OutboxMessage | null> {
    return app.app.get(EntityManager).fork().findOne(OutboxMessage, { id: eventId });
  }

  it('delivers an event committed while no relay ran, once the relay starts', async () => {
    await relay.stop();
    const owner = await signUp(app);
    const em = app.app.get(EntityManager).fork();
    const stored = await em.findOneOrFail(OutboxMessage, { accountId: owner.accountId });
    expect(stored).toMatchObject({ eventName: 'accounts.account-created.v1', publishedAt: null });
    expect(CountSignups.seen).not.toContain(owner.accountId);

    relay.start();

    await eventually(() => expect(CountSignups.seen.filter((id) => id === owner.accountId)).toHaveLength(1));
    expect((await outboxRow(stored.id))?.publishedAt).toBeInstanceOf(Date);
  });

  it('never delivers an event of a rolled-back transaction', async () => {
    const em = app.app.get(EntityManager).fork();
    const outbox = app.app.get(Outbox);
    const doomed = new ProbeEvent('rolled back');
    await expect(
      em.transactional(async (tx) => {
        outbox.record(tx, doomed);
        await tx.flush();
        throw new Error('the change fails after its events were written');
      }),
    ).rejects.toThrow('the change fails');
    const committed = new ProbeEvent('committed');
    await em.transactional(async (tx) => outbox.record(tx, committed));

    await eventually(() => expect(RecordProbes.labels).toContain('committed'));
    expect(RecordProbes.labels).not.toContain('rolled back');
    expect(await outboxRow(doomed.eventId)).toBeNull();
  });

  it('acts once when a handler sees the same event twice', async () => {
    const owner = await signUp(app);
    await eventually(() => expect(CountSignups.seen).toContain(owner.accountId));
    const stored = await app.app.get(EntityManager).fork().findOneOrFail(OutboxMessage, { accountId: owner.accountId });
    // The worker runs the consumers one after the other: the flaky one's failing first delivery is
    // the worker's to make, not this test's.
    await eventually(() => expect(FlakySignupConsumer.attempts.get(stored.id)).toBeGreaterThanOrEqual(1));

    await app.app.get(EventDispatcher).dispatch(stored.id);
    await relay.relayOnce();
    await app.app.get<Queue>(getQueueToken(DispatchEventJob.queue)).add(DispatchEventJob.name, { outboxId: stored.id });
    await app.app.get(EventDispatcher).dispatch(stored.id);

    expect(CountSignups.seen.filter((id) => id === owner.accountId)).toHaveLength(1);
  });

  it('retries a failed consumer without rerunning the ones that succeeded', async () => {
    const owner = await signUp(app);
    const stored = await eventually(() =>
      app.app.get(EntityManager).fork().findOneOrFail(OutboxMessage, { accountId: owner.accountId }),
    );

    await eventually(() => expect(FlakySignupConsumer.attempts.get(stored.id)).toBe(2));
    expect(CountSignups.seen.filter((id) => id === owner.accountId)).toHaveLength(1);
  });
});
