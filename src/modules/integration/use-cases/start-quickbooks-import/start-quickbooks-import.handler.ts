import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Outbox } from '../../../../platform/outbox/outbox';
import { QuickBooksConnection } from '../../domain/quickbooks-connection';
import { QuickBooksImport } from '../../domain/quickbooks-import';
import { RunQuickBooksImportJob } from '../../infrastructure/quickbooks.jobs';
import { IntegrationErrors } from '../../integration.errors';
import { StartQuickBooksImportCommand } from './start-quickbooks-import.command';

/** Records the import and the job that runs it in one transaction; the worker runs and resumes it. */
@CommandHandler(StartQuickBooksImportCommand)
export class StartQuickBooksImportHandler implements ICommandHandler<StartQuickBooksImportCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
  ) {}

  execute(command: StartQuickBooksImportCommand): Promise<{ importId: string }> {
    return this.scope.transaction(command.accountId, async (em) => {
      const connection = await em.findOne(QuickBooksConnection, { accountId: command.accountId });
      if (!connection?.isConnected()) throw IntegrationErrors.notConnected();
      const run = QuickBooksImport.request(command);
      em.persist(run);
      this.outbox.schedule(em, {
        kind: RunQuickBooksImportJob,
        payload: { importId: run.id, accountId: run.accountId },
        jobId: `import:${run.id}`,
        accountId: run.accountId,
      });
      return { importId: run.id };
    });
  }
}
