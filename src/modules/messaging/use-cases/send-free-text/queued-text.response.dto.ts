import { ApiProperty } from '@nestjs/swagger';

export class QueuedTextResponseDto {
  @ApiProperty({
    example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a50',
    description: "The message's id (Vonage's client-ref)",
  })
  messageId!: string;

  @ApiProperty({ example: 'Hi Sam, just checking the invoice reached you. Thanks!' })
  text!: string;

  @ApiProperty({ enum: ['GSM-7', 'UCS-2'], example: 'GSM-7' })
  encoding!: string;

  @ApiProperty({ example: 55, description: 'Septets for GSM-7, UTF-16 code units for UCS-2' })
  length!: number;

  @ApiProperty({ example: 1, description: 'SMS parts it is sent (and billed) as' })
  parts!: number;
}
