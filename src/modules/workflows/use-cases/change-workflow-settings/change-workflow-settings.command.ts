import { Command } from '@nestjs/cqrs';
import type { WorkflowSettingsResponseDto } from '../workflow-settings.response.dto';

export interface WorkflowSettingsChanges {
  opensAt?: string;
  closesAt?: string;
  excludedDays?: number[];
  /** A workflow id to make it the default; null for no default. */
  defaultWorkflowId?: string | null;
}

/** Changes the sending window for texts scheduled from now on (those already scheduled keep their time). */
export class ChangeWorkflowSettingsCommand extends Command<WorkflowSettingsResponseDto> {
  constructor(
    readonly accountId: string,
    readonly changes: WorkflowSettingsChanges,
  ) {
    super();
  }
}
