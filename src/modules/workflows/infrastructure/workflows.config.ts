import { registerAs } from '@nestjs/config';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { readVariables, toInt } from '../../../platform/config/environment';

/** The WORKFLOWS_* variables: Workflows' own, checked at start like the platform's. */
export class WorkflowsEnvironment {
  /** Before a reminder goes, Settle's copy of QuickBooks must be at most this old, else it is read again. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3600)
  WORKFLOWS_QUICKBOOKS_MAX_STALENESS_SECONDS = 180;
}

/** Throws EnvironmentError, naming the variable, when one is malformed. */
export function readWorkflowsConfig(raw: Record<string, unknown>) {
  const e = readVariables(WorkflowsEnvironment, raw);
  return { quickBooksMaxStalenessMs: e.WORKFLOWS_QUICKBOOKS_MAX_STALENESS_SECONDS * 1000 };
}

export const workflowsConfig = registerAs('workflows', () => readWorkflowsConfig(process.env));

export type WorkflowsConfig = ReturnType<typeof readWorkflowsConfig>;
