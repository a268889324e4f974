import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class ChangeWorkflowSettingsRequestDto {
  @ApiPropertyOptional({ example: '08:00' })
  @IsOptional()
  @Matches(HH_MM, { message: 'opensAt must be a 24-hour time HH:MM' })
  opensAt?: string;

  @ApiPropertyOptional({ example: '20:00' })
  @IsOptional()
  @Matches(HH_MM, { message: 'closesAt must be a 24-hour time HH:MM' })
  closesAt?: string;

  @ApiPropertyOptional({
    type: [Number],
    example: [7],
    description: 'ISO weekdays (1 Monday … 7 Sunday) with no texts',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  excludedDays?: number[];

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a40',
    description: 'The workflow attached to each new invoice from QuickBooks; null for none',
  })
  @IsOptional()
  @IsUUID('all', { message: 'defaultWorkflowId must be a UUID' })
  defaultWorkflowId?: string | null;
}
