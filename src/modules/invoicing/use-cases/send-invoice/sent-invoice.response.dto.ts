import { ApiProperty } from '@nestjs/swagger';
import { RenderedMessageResponseDto } from '../rendered-message.response.dto';

export class SentInvoiceResponseDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a40', description: 'The text message, queued to send' })
  messageId!: string;

  @ApiProperty({ type: RenderedMessageResponseDto })
  message!: RenderedMessageResponseDto;

  @ApiProperty({ example: 'https://settle.example/p/3q2-7wE_kGvJtC1nZ0o1xYb8sQpLmN4a' })
  paymentLink!: string;
}
