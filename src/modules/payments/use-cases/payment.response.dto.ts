import { ApiProperty } from '@nestjs/swagger';
import type { Payment } from '../domain/payment';
import { PaymentMoneyResponseDto } from './money.response.dto';

export class PaymentQuickBooksResponseDto {
  @ApiProperty({ enum: ['pending', 'recorded', 'failed', 'not_applicable'], example: 'recorded' })
  state!: string;

  @ApiProperty({ example: '187', nullable: true, type: String, description: "QuickBooks' Payment id" })
  paymentId!: string | null;

  @ApiProperty({
    example: null,
    nullable: true,
    type: String,
    description: "QuickBooks' reason, when it did not take it",
  })
  failure!: string | null;
}

export class PaymentResponseDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a30' })
  id!: string;

  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a31' })
  invoiceId!: string;

  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a32', nullable: true, type: String })
  contactId!: string | null;

  @ApiProperty({ enum: ['stripe', 'crezco', 'manual'], example: 'stripe', description: 'How it was received' })
  source!: string;

  @ApiProperty({ enum: ['stripe', 'crezco'], example: 'stripe' })
  method!: string;

  @ApiProperty({ example: 'Stripe', description: 'The payment method QuickBooks shows' })
  methodName!: string;

  @ApiProperty({ type: PaymentMoneyResponseDto })
  amount!: PaymentMoneyResponseDto;

  @ApiProperty({ example: 'pi_3QxYzAbCdEfGh12345', nullable: true, type: String })
  reference!: string | null;

  @ApiProperty({ example: '2026-12-01' })
  paidOn!: string;

  @ApiProperty({ enum: ['succeeded', 'partially_refunded', 'refunded'], example: 'succeeded' })
  status!: string;

  @ApiProperty({ type: PaymentMoneyResponseDto })
  refunded!: PaymentMoneyResponseDto;

  @ApiProperty({ example: false, description: 'Refunded: the business should reconcile the invoice and QuickBooks' })
  needsReconcile!: boolean;

  @ApiProperty({
    enum: ['pending', 'applied', 'overpaid'],
    example: 'applied',
    description: 'What the invoice made of it',
  })
  application!: string;

  @ApiProperty({ type: PaymentMoneyResponseDto, nullable: true, description: 'What lowered the balance' })
  applied!: PaymentMoneyResponseDto | null;

  @ApiProperty({ example: false })
  overpaid!: boolean;

  @ApiProperty({ type: PaymentQuickBooksResponseDto })
  quickBooks!: PaymentQuickBooksResponseDto;

  @ApiProperty({
    example: 'pi_3QxYzAbCdEfGhIjKlMnOpQr',
    nullable: true,
    type: String,
    description: "The provider's payment id",
  })
  providerPaymentId!: string | null;

  @ApiProperty({ example: '2026-12-01T10:00:00.000Z' })
  createdAt!: string;

  static of(payment: Payment): PaymentResponseDto {
    return {
      id: payment.id,
      invoiceId: payment.invoiceId,
      contactId: payment.contactId,
      source: payment.source,
      method: payment.method,
      methodName: payment.methodName,
      amount: PaymentMoneyResponseDto.of(payment.amountMinor, payment.currency),
      reference: payment.reference,
      paidOn: payment.paidOn,
      status: payment.status,
      refunded: PaymentMoneyResponseDto.of(payment.refundedMinor, payment.currency),
      needsReconcile: payment.needsReconcile,
      application: payment.application,
      applied:
        payment.appliedMinor === null ? null : PaymentMoneyResponseDto.of(payment.appliedMinor, payment.currency),
      overpaid: payment.application === 'overpaid',
      quickBooks: {
        state: payment.quickBooksState,
        paymentId: payment.quickBooksPaymentId,
        failure: payment.quickBooksFailure,
      },
      providerPaymentId: payment.providerPaymentId,
      createdAt: payment.createdAt.toISOString(),
    };
  }
}
