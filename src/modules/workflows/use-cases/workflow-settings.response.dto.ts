import { ApiProperty } from '@nestjs/swagger';
import type { WorkflowSettings } from '../domain/workflow-settings';

export class WorkflowSettingsResponseDto {
  @ApiProperty({ example: '08:00', description: 'Automatic texts go from this local time…' })
  opensAt!: string;

  @ApiProperty({ example: '20:00', description: '…until this one (a step due outside goes at the next opening)' })
  closesAt!: string;

  @ApiProperty({
    type: [Number],
    example: [7],
    description: 'ISO weekdays with no automatic texts (1 Monday … 7 Sunday)',
  })
  excludedDays!: number[];

  @ApiProperty({
    nullable: true,
    type: String,
    example: null,
    description: 'Attached to each new invoice from QuickBooks',
  })
  defaultWorkflowId!: string | null;

  static of(settings: WorkflowSettings, defaultWorkflowId: string | null): WorkflowSettingsResponseDto {
    return {
      opensAt: settings.opensAt,
      closesAt: settings.closesAt,
      excludedDays: settings.excludedDays,
      defaultWorkflowId,
    };
  }
}
