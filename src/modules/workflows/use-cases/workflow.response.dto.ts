import { ApiProperty } from '@nestjs/swagger';
import type { Workflow } from '../domain/workflow';
import { WorkflowStepResponseDto } from './workflow-step.response.dto';

export class WorkflowResponseDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a40' })
  id!: string;

  @ApiProperty({ example: 'Friendly chase' })
  name!: string;

  @ApiProperty({ type: [WorkflowStepResponseDto] })
  steps!: WorkflowStepResponseDto[];

  @ApiProperty({ example: false, description: 'Attached to each new invoice from QuickBooks' })
  isDefault!: boolean;

  @ApiProperty({ example: '2026-12-01T10:32:00.000Z' })
  createdAt!: string;

  @ApiProperty({ example: '2026-12-01T10:32:00.000Z' })
  updatedAt!: string;

  static of(workflow: Workflow): WorkflowResponseDto {
    return {
      id: workflow.id,
      name: workflow.name,
      steps: workflow.steps.map((step) => WorkflowStepResponseDto.of(step)),
      isDefault: workflow.isDefault,
      createdAt: workflow.createdAt.toISOString(),
      updatedAt: workflow.updatedAt.toISOString(),
    };
  }
}
