import { ApiProperty } from '@nestjs/swagger';
import type { Payment } from '../../domain/payment';
import type { PaymentAttempt } from '../../domain/payment-attempt';
import { PaymentMoneyResponseDto } from '../money.response.dto';
import { PaymentResponseDto } from '../payment.response.dto';

export class PaymentAttemptResponseDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a33' })
  id!: string;

  @ApiProperty({ enum: ['open', 'awaiting_confirmation', 'succeeded', 'failed', 'expired'], example: 'succeeded' })
  status!: string;

  @ApiProperty({ type: PaymentMoneyResponseDto })
  amount!: PaymentMoneyResponseDto;

  @ApiProperty({ example: 'cs_test_a1YS1URlnyQCN5fU', nullable: true, type: String })
  providerSessionId!: string | null;

  @ApiProperty({ example: 'pi_3QxYzAbCdEfGhIjKlMnOpQr', nullable: true, type: String })
  providerPaymentId!: string | null;

  @ApiProperty({ example: null, nullable: true, type: String })
  failureReason!: string | null;

  @ApiProperty({ example: '2026-12-01T10:00:00.000Z' })
  createdAt!: string;

  static of(attempt: PaymentAttempt): PaymentAttemptResponseDto {
    return {
      id: attempt.id,
      status: attempt.status,
      amount: PaymentMoneyResponseDto.of(attempt.amountMinor, attempt.currency),
      providerSessionId: attempt.providerSessionId,
      providerPaymentId: attempt.providerPaymentId,
      failureReason: attempt.failureReason,
      createdAt: attempt.createdAt.toISOString(),
    };
  }
}

export class PaymentHistoryEntryResponseDto {
  @ApiProperty({ example: '2026-12-01T10:00:00.000Z' })
  at!: string;

  @ApiProperty({ example: 'Recorded in QuickBooks as Payment 187' })
  what!: string;
}

export class PaymentDetailResponseDto extends PaymentResponseDto {
  @ApiProperty({ type: [PaymentAttemptResponseDto], description: "The invoice's card attempts, newest first" })
  attempts!: PaymentAttemptResponseDto[];

  @ApiProperty({ type: [PaymentHistoryEntryResponseDto], description: 'What happened to it, oldest first' })
  history!: PaymentHistoryEntryResponseDto[];

  static detail(payment: Payment, attempts: PaymentAttempt[]): PaymentDetailResponseDto {
    return {
      ...PaymentResponseDto.of(payment),
      attempts: attempts.map((attempt) => PaymentAttemptResponseDto.of(attempt)),
      history: payment.history,
    };
  }
}
