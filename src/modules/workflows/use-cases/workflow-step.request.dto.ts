import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateIf } from 'class-validator';

const isReminder = (step: WorkflowStepRequestDto) => step.kind === 'reminder';

/**
 * One step: a reminder placed relative to the invoice's due date (days before when negative, on
 * it at 0, after when positive), at a local time of day, repeating every N days at most M times;
 * or the thank-you, sent when the invoice is paid.
 */
export class WorkflowStepRequestDto {
  @ApiProperty({ enum: ['reminder', 'thank_you'], example: 'reminder' })
  @IsIn(['reminder', 'thank_you'])
  kind!: 'reminder' | 'thank_you';

  @ApiPropertyOptional({ enum: ['due'], example: 'due', description: 'Reminders: what the offset counts from' })
  @ValidateIf(isReminder)
  @IsIn(['due'])
  relativeTo?: 'due';

  @ApiPropertyOptional({ example: -3, minimum: -365, maximum: 365, description: 'Reminders: days from the due date' })
  @ValidateIf(isReminder)
  @IsInt()
  @Min(-365)
  @Max(365)
  offsetDays?: number;

  @ApiPropertyOptional({ example: '10:00', description: "Reminders: the local time of day (the account's time zone)" })
  @ValidateIf(isReminder)
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'timeOfDay must be a 24-hour time HH:MM' })
  timeOfDay?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    example: 7,
    minimum: 1,
    maximum: 90,
    description: 'Reminders: repeat every N days until paid (with maxRepeats)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  repeatEveryDays?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    example: 4,
    minimum: 1,
    maximum: 52,
    description: 'Reminders: how many repeats at most (with repeatEveryDays)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(52)
  maxRepeats?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a40',
    description: "A message template's id; absent or null for Settle's default reminder or thank-you text",
  })
  @IsOptional()
  @IsUUID('all', { message: 'templateId must be a UUID' })
  templateId?: string | null;
}
