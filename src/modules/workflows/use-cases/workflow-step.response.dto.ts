import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { WorkflowStep } from '../domain/workflow-step';

export class WorkflowStepResponseDto {
  @ApiProperty({ enum: ['reminder', 'thank_you'], example: 'reminder' })
  kind!: string;

  @ApiPropertyOptional({ enum: ['due'], example: 'due' })
  relativeTo?: string;

  @ApiPropertyOptional({ example: -3 })
  offsetDays?: number;

  @ApiPropertyOptional({ example: '10:00' })
  timeOfDay?: string;

  @ApiPropertyOptional({ nullable: true, type: Number, example: 7 })
  repeatEveryDays?: number | null;

  @ApiPropertyOptional({ nullable: true, type: Number, example: 4 })
  maxRepeats?: number | null;

  @ApiProperty({ nullable: true, type: String, example: null, description: "null: Settle's default text" })
  templateId!: string | null;

  static of(step: WorkflowStep): WorkflowStepResponseDto {
    if (step.kind === 'thank_you') return { kind: step.kind, templateId: step.templateId };
    const { kind, relativeTo, offsetDays, timeOfDay, repeatEveryDays, maxRepeats, templateId } = step;
    return { kind, relativeTo, offsetDays, timeOfDay, repeatEveryDays, maxRepeats, templateId };
  }
}
