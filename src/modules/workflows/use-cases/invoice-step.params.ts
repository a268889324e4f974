import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class InvoiceStepParams {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a20' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a41' })
  @IsUUID('all', { message: 'stepId must be a UUID' })
  stepId!: string;
}
