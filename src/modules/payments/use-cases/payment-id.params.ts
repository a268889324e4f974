import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class PaymentIdParams {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a30' })
  @IsUUID('all')
  id!: string;
}
