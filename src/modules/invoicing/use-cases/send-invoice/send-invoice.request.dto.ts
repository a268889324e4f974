import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { MessageTextRequestDto } from '../message-text.request.dto';

export class SendInvoiceRequestDto extends MessageTextRequestDto {
  @ApiPropertyOptional({
    example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a40',
    description: "A workflow to attach as the invoice goes (its reminders and thank-you); replaces the invoice's own",
  })
  @IsOptional()
  @IsUUID('all', { message: 'workflowId must be a UUID' })
  workflowId?: string;
}
