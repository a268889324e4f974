import type { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/clock/clock';
import { AccountScope } from '../../../../platform/database/account-scope';
import { validateSendingWindow } from '../../domain/sending-window';
import { Workflow } from '../../domain/workflow';
import { makeDefault } from '../../infrastructure/persistence/default-workflow';
import { defaultWorkflowOf, settingsOf } from '../../infrastructure/persistence/workflow-settings-store';
import { WorkflowsErrors } from '../../workflows.errors';
import { WorkflowSettingsResponseDto } from '../workflow-settings.response.dto';
import { ChangeWorkflowSettingsCommand } from './change-workflow-settings.command';

@CommandHandler(ChangeWorkflowSettingsCommand)
export class ChangeWorkflowSettingsHandler implements ICommandHandler<ChangeWorkflowSettingsCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly clock: Clock,
  ) {}

  execute({ accountId, changes }: ChangeWorkflowSettingsCommand): Promise<WorkflowSettingsResponseDto> {
    return this.scope.transaction(accountId, async (em) => {
      const now = this.clock.now();
      const settings = await settingsOf(em, accountId, now);
      settings.change(changes, now);
      const problems = validateSendingWindow(settings);
      if (problems.length > 0) throw WorkflowsErrors.invalidWindow(problems);
      em.persist(settings);
      if (changes.defaultWorkflowId !== undefined) await this.chooseDefault(em, changes.defaultWorkflowId, now);
      const defaultWorkflow = await defaultWorkflowOf(em);
      return WorkflowSettingsResponseDto.of(settings, defaultWorkflow?.id ?? null);
    });
  }

  private async chooseDefault(em: EntityManager, workflowId: string | null, now: Date): Promise<void> {
    if (workflowId === null) {
      await em.nativeUpdate(Workflow, { isDefault: true }, { isDefault: false, updatedAt: now });
      return;
    }
    const workflow = await em.findOne(Workflow, { id: workflowId });
    if (!workflow) throw WorkflowsErrors.workflowNotFound();
    await makeDefault(em, workflow, now);
    await em.flush();
  }
}
