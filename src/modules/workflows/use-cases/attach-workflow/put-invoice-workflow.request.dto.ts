import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsUUID, ValidateIf, ValidateNested } from 'class-validator';
import { WorkflowStepRequestDto } from '../workflow-step.request.dto';

/** One of the two: a workflow of the account, or steps for this invoice alone. */
export class PutInvoiceWorkflowRequestDto {
  @ApiPropertyOptional({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a40', description: 'Copy this workflow' })
  @ValidateIf((body: PutInvoiceWorkflowRequestDto) => body.steps === undefined)
  @IsUUID('all', { message: 'workflowId must be a UUID (or give steps instead)' })
  workflowId?: string;

  @ApiPropertyOptional({ type: [WorkflowStepRequestDto], description: 'Steps for this invoice only' })
  @ValidateIf((body: PutInvoiceWorkflowRequestDto) => body.workflowId === undefined || body.steps !== undefined)
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => WorkflowStepRequestDto)
  steps?: WorkflowStepRequestDto[];
}
