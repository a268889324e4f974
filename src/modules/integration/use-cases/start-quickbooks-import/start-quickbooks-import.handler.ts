import { InjectQueue } from '@nestjs/bull';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Queue } from 'bull';
import { QUEUES, type JobPayloads } from '../../../../platform/queue/queues';
import { QuickBooksConnection } from '../../domain/quickbooks-connection';
import { QuickBooksImport } from '../../domain/quickbooks-import';
import { IntegrationErrors } from '../../integration.errors';
import { StartQuickBooksImportCommand } from './start-quickbooks-import.command';

/** Records the import, then queues it (job id = import id); the worker runs and resumes it. */
@CommandHandler(StartQuickBooksImportCommand)
export class StartQuickBooksImportHandler implements ICommandHandler<StartQuickBooksImportCommand> {
  constructor(
    private readonly em: EntityManager,
    @InjectQueue(QUEUES.quickbooks.name) private readonly queue: Queue<JobPayloads['run-quickbooks-import']>,
  ) {}

  async execute(command: StartQuickBooksImportCommand): Promise<{ importId: string }> {
    const connection = await this.em.findOne(QuickBooksConnection, { accountId: command.accountId });
    if (!connection?.isConnected()) throw IntegrationErrors.notConnected();
    const run = QuickBooksImport.request(command);
    await this.em.persist(run).flush();
    await this.queue.add(
      QUEUES.quickbooks.jobs.runImport,
      { importId: run.id, accountId: run.accountId },
      { jobId: `import:${run.id}`, attempts: 5 },
    );
    return { importId: run.id };
  }
}
