import { validateWorkflowSteps, type WorkflowStep } from '../domain/workflow-step';
import { WorkflowsErrors } from '../workflows.errors';
import type { WorkflowStepRequestDto } from './workflow-step.request.dto';

/** The steps of a request as the domain has them, or a 400 naming what is wrong (`steps[1].offsetDays`). */
export function workflowStepsOf(dtos: WorkflowStepRequestDto[]): WorkflowStep[] {
  const steps = dtos.map(workflowStepOf);
  const problems = validateWorkflowSteps(steps);
  if (problems.length > 0) throw WorkflowsErrors.invalidSteps(problems);
  return steps;
}

function workflowStepOf(dto: WorkflowStepRequestDto): WorkflowStep {
  if (dto.kind === 'thank_you') return { kind: 'thank_you', templateId: dto.templateId ?? null };
  return {
    kind: 'reminder',
    relativeTo: 'due',
    offsetDays: dto.offsetDays as number,
    timeOfDay: dto.timeOfDay as string,
    repeatEveryDays: dto.repeatEveryDays ?? null,
    maxRepeats: dto.maxRepeats ?? null,
    templateId: dto.templateId ?? null,
  };
}
