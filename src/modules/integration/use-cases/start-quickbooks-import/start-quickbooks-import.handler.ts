import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Outbox } from '../../../../platform/outbox/outbox';
import { QuickBooksConnection } from '../../domain/quickbooks-connection';
import { QuickBooksImport } from '../../domain/quickbooks-import';
import { ONE_LIVE_IMPORT_INDEX } from '../../infrastructure/persistence/quickbooks-import.schema';
import { importJobId, RunQuickBooksImportJob } from '../../infrastructure/quickbooks.jobs';
import { IntegrationErrors } from '../../integration.errors';
import { StartQuickBooksImportCommand } from './start-quickbooks-import.command';

/**
 * Records the import and the job that runs it in one transaction; the worker runs and resumes it.
 * One import of a kind (and year) at a time per account: a unique index over the live ones refuses
 * a second, however many requests race.
 */
@CommandHandler(StartQuickBooksImportCommand)
export class StartQuickBooksImportHandler implements ICommandHandler<StartQuickBooksImportCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
  ) {}

  async execute(command: StartQuickBooksImportCommand): Promise<{ importId: string }> {
    try {
      return await this.scope.transaction(command.accountId, async (em) => {
        const connection = await em.findOne(QuickBooksConnection, { accountId: command.accountId });
        if (!connection?.isConnected()) throw IntegrationErrors.notConnected();
        const run = QuickBooksImport.request(command);
        em.persist(run);
        this.outbox.schedule(em, {
          kind: RunQuickBooksImportJob,
          payload: { importId: run.id, accountId: run.accountId, resume: 0 },
          jobId: importJobId(run.id, 0),
          accountId: run.accountId,
        });
        await em.flush();
        return { importId: run.id };
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException && error.message.includes(ONE_LIVE_IMPORT_INDEX))
        throw IntegrationErrors.importAlreadyRunning();
      throw error;
    }
  }
}
