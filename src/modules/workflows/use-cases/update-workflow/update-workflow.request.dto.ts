import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { WorkflowStepRequestDto } from '../workflow-step.request.dto';

export class UpdateWorkflowRequestDto {
  @ApiPropertyOptional({ example: 'Firm chase', maxLength: 100 })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ type: [WorkflowStepRequestDto], description: 'All the steps, replacing the current ones' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => WorkflowStepRequestDto)
  steps?: WorkflowStepRequestDto[];

  @ApiPropertyOptional({ example: true, description: "Make it the account's default (or stop it being one)" })
  @IsOptional()
  @IsBoolean()
  isDefault?: boolean;
}
