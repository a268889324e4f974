import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { WorkflowStepRequestDto } from '../workflow-step.request.dto';

export class CreateWorkflowRequestDto {
  @ApiProperty({ example: 'Friendly chase', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({
    type: [WorkflowStepRequestDto],
    description: 'Up to four reminders and one thank-you',
    example: [
      { kind: 'reminder', relativeTo: 'due', offsetDays: -3, timeOfDay: '10:00' },
      { kind: 'reminder', relativeTo: 'due', offsetDays: 7, timeOfDay: '10:00', repeatEveryDays: 7, maxRepeats: 4 },
      { kind: 'thank_you' },
    ],
  })
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => WorkflowStepRequestDto)
  steps!: WorkflowStepRequestDto[];

  @ApiPropertyOptional({ example: false, description: 'Attach it to each new invoice from QuickBooks' })
  @IsOptional()
  @IsBoolean()
  isDefault?: boolean;
}
