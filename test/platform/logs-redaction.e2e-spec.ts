import { getQueueToken, Process, Processor } from '@nestjs/bull';
import { Controller, Module, Post } from '@nestjs/common';
import { hash } from '@node-rs/argon2';
import type { Job, Queue } from 'bull';
import Redis from 'ioredis';
import { Logger } from 'nestjs-pino';
import { testRedisUrl } from '../../libs/testing';
import { Public } from '../../src/platform/auth/auth.decorators';
import { AccountScope } from '../../src/platform/database/account-scope';
import { jobKind } from '../../src/platform/queue/job-kind';
import { QueueDefinition } from '../../src/platform/queue/queue-definition';
import { registerQueues } from '../../src/platform/queue/queue-registration';
import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

// The app logs as in production (JSON lines on stdout), so the test reads what an operator would.
process.env.LOG_LEVEL = 'info';

const DuplicateUserJob = jobKind<{ email: string }>('test-redaction', 'insert-duplicate-user', { attempts: 1 });
const TEST_QUEUE = new QueueDefinition('test-redaction', [DuplicateUserJob]);

const owner = { email: '', name: 'Marguerite Oyelaran-Whitfield', passwordHash: '' };

/** Inserts a second user with the owner's email, its name and its argon2 hash: a unique violation. */
async function insertDuplicateUser(scope: AccountScope): Promise<void> {
  await scope.acrossAccounts((em) =>
    em.getConnection().execute(
      `insert into platform_users (id, account_id, email, name, password_hash, role, created_at)
         select gen_random_uuid(), account_id, ?, ?, ?, 'admin', now() from platform_users limit 1`,
      [owner.email, owner.name, owner.passwordHash],
    ),
  );
}

@Public()
@Controller('test-redaction')
class FailingQueryController {
  constructor(private readonly scope: AccountScope) {}

  @Post()
  fail(): Promise<void> {
    return insertDuplicateUser(this.scope);
  }
}

@Processor(DuplicateUserJob.queue)
class FailingJobProcessor {
  constructor(private readonly scope: AccountScope) {}

  @Process(DuplicateUserJob.name)
  run(_job: Job): Promise<void> {
    return insertDuplicateUser(this.scope);
  }
}

@Module({
  imports: [registerQueues(TEST_QUEUE)],
  controllers: [FailingQueryController],
  providers: [FailingJobProcessor],
})
class FailingWorkModule {}

describe('logs and failure records hold no personal data', () => {
  let app: TestApp;
  let account: SignedUp;
  const output: string[] = [];
  const tty = Object.getOwnPropertyDescriptor(process.stdout, 'isTTY');

  beforeAll(async () => {
    Object.defineProperty(process.stdout, 'isTTY', { value: false, configurable: true });
    app = await startTestApp({ imports: [FailingWorkModule] });
    app.app.useLogger(app.app.get(Logger));
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output.push(String(chunk));
      return true;
    });
    account = await signUp(app);
    owner.email = account.email;
    owner.passwordHash = await hash('a long enough password');
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    if (tty) Object.defineProperty(process.stdout, 'isTTY', tty);
    else delete (process.stdout as { isTTY?: boolean }).isTTY;
    await app.close();
  });

  const personalData = () => [owner.email, owner.name, owner.passwordHash, owner.passwordHash.split('$').at(-1) ?? ''];

  it('logs a failed query by its code, table and constraint, without the values of the row', async () => {
    const response = await app.http().post('/api/v1/test-redaction').expect(500);
    expect(response.text).not.toContain(owner.email);

    const lines = output.join('');
    expect(lines).toContain('Request failed');
    expect(lines).toContain('23505');
    expect(lines).toContain('platform_users_account_email_unique');
    for (const value of personalData()) expect(lines).not.toContain(value);
  });

  it('stores a failed job with a redacted reason and stack', async () => {
    const queue = app.app.get<Queue>(getQueueToken(DuplicateUserJob.queue), { strict: false });
    const failed = new Promise<Job>((resolve) => queue.once('failed', (job: Job) => resolve(job)));
    const job = await queue.add(DuplicateUserJob.name, { email: 'ids only' }, { attempts: 1 });
    await failed;

    const stored = await queue.getJob(job.id);
    expect(stored?.failedReason).toContain('platform_users_account_email_unique');
    const redis = new Redis(testRedisUrl());
    try {
      const record = JSON.stringify(await redis.hgetall(`${process.env.QUEUE_PREFIX}:${queue.name}:${job.id}`));
      expect(record).toContain('23505');
      for (const value of personalData()) expect(record).not.toContain(value);
    } finally {
      redis.disconnect();
    }
    for (const value of personalData()) expect(output.join('')).not.toContain(value);
  });
});
