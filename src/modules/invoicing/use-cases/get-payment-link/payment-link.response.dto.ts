import { ApiProperty } from '@nestjs/swagger';

export class PaymentLinkResponseDto {
  @ApiProperty({
    example: 'https://settle.example/p/3q2-7wE_kGvJtC1nZ0o1xYb8sQpLmN4a',
    description: "The invoice's unique payment link, to share another way; it never expires",
  })
  url!: string;
}
