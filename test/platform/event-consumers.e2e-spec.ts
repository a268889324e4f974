import { getQueueToken } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Queue } from 'bull';
import { newId } from '../../libs/ids';
import { eventually } from '../../libs/testing';
import { AccountScope } from '../../src/platform/database/account-scope';
import { DomainEvent } from '../../src/platform/outbox/domain-event';
import { EventDispatcher } from '../../src/platform/outbox/event-dispatcher';
import { HandlesEvent, type EventConsumer } from '../../src/platform/outbox/handles-event.decorator';
import { Outbox } from '../../src/platform/outbox/outbox';
import { DispatchEventJob } from '../../src/platform/outbox/outbox.jobs';
import { OutboxRelay } from '../../src/platform/outbox/outbox-relay';
import { signUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

/** What the saga reacts to; `failAfterFirstStep` makes its first run fail between its two commands. */
class WorkOrdered extends DomainEvent {
  static readonly eventName = 'test.work-ordered.v1';

  constructor(
    accountId: string,
    readonly failAfterFirstStep: boolean,
    readonly pauseMs = 0,
  ) {
    super(accountId);
  }
}

/** A command with a visible effect: a row per (event, step) in a table of this test's own. */
class RecordStepCommand extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly eventId: string,
    readonly step: string,
  ) {
    super();
  }
}

@CommandHandler(RecordStepCommand)
class RecordStepHandler implements ICommandHandler<RecordStepCommand> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, eventId, step }: RecordStepCommand): Promise<void> {
    return this.scope.transaction(accountId, async (em) => {
      await em
        .getConnection()
        .execute(
          'insert into test_saga_steps (account_id, event_id, step) values (?, ?, ?)',
          [accountId, eventId, step],
          'run',
          em.getTransactionContext(),
        );
    });
  }
}

/** A saga in the documented shape: an event in, commands out, nothing else. */
@Injectable()
@HandlesEvent(WorkOrdered)
class TwoStepSaga implements EventConsumer<WorkOrdered> {
  static readonly runs = new Map<string, number>();

  constructor(private readonly commands: CommandBus) {}

  async handle(event: WorkOrdered): Promise<void> {
    const run = (TwoStepSaga.runs.get(event.eventId) ?? 0) + 1;
    TwoStepSaga.runs.set(event.eventId, run);
    await this.commands.execute(new RecordStepCommand(event.accountId as string, event.eventId, 'first'));
    if (event.pauseMs) await new Promise((resolve) => setTimeout(resolve, event.pauseMs));
    if (event.failAfterFirstStep && run === 1) throw new Error('the worker died between two commands');
    await this.commands.execute(new RecordStepCommand(event.accountId as string, event.eventId, 'second'));
  }
}

describe('event consumers and sagas', () => {
  let app: TestApp;
  let accountId: string;

  beforeAll(async () => {
    app = await startTestApp({ providers: [RecordStepHandler, TwoStepSaga] });
    await app.app
      .get(MikroORM)
      .em.getConnection()
      .execute('create table test_saga_steps (account_id uuid not null, event_id uuid not null, step text not null)');
    ({ accountId } = await signUp(app));
  });

  afterAll(() => app.close());

  async function publish(event: WorkOrdered): Promise<void> {
    const outbox = app.app.get(Outbox);
    await app.app.get(AccountScope).transaction(accountId, async (em) => outbox.record(em, event));
  }

  async function stepsOf(eventId: string): Promise<string[]> {
    const rows = await app.app
      .get(MikroORM)
      .em.getConnection()
      .execute<{ step: string }[]>('select step from test_saga_steps where event_id = ? order by step', [eventId]);
    return rows.map((row: { step: string }) => row.step);
  }

  async function handled(eventId: string): Promise<number> {
    const rows = await app.app
      .get(MikroORM)
      .em.getConnection()
      .execute<{ count: string }[]>('select count(*) from platform_handled_events where event_id = ?', [eventId]);
    return Number(rows[0].count);
  }

  it('leaves exactly one effect when a saga fails after its first command and is retried', async () => {
    const event = new WorkOrdered(accountId, true);
    await publish(event);

    await eventually(async () => expect(await handled(event.eventId)).toBe(1));
    expect(TwoStepSaga.runs.get(event.eventId)).toBe(2);
    expect(await stepsOf(event.eventId)).toEqual(['first', 'second']);
  });

  it('does nothing when an event it handled is delivered again', async () => {
    const event = new WorkOrdered(accountId, false);
    await publish(event);
    await eventually(async () => expect(await stepsOf(event.eventId)).toEqual(['first', 'second']));

    await app.app.get(EventDispatcher).dispatch(event.eventId);
    await app.app
      .get<Queue>(getQueueToken(DispatchEventJob.queue))
      .add(DispatchEventJob.name, { outboxId: event.eventId }, { jobId: `redelivery-${newId()}` });
    await app.app.get(EventDispatcher).dispatch(event.eventId);

    expect(await stepsOf(event.eventId)).toEqual(['first', 'second']);
    expect(TwoStepSaga.runs.get(event.eventId)).toBe(1);
  });

  it('never runs one event twice when two workers take it at once', async () => {
    const relay = app.app.get(OutboxRelay);
    await relay.stop();
    try {
      const event = new WorkOrdered(accountId, false, 200);
      await publish(event);
      const dispatcher = app.app.get(EventDispatcher);

      await Promise.all([dispatcher.dispatch(event.eventId), dispatcher.dispatch(event.eventId)]);

      expect(TwoStepSaga.runs.get(event.eventId)).toBe(1);
      expect(await stepsOf(event.eventId)).toEqual(['first', 'second']);
    } finally {
      relay.start();
    }
  });
});
