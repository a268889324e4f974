import { ApiProperty } from '@nestjs/swagger';
import type { StripeConnection } from '../../domain/stripe-connection';

export class StripeConnectionResponseDto {
  @ApiProperty({ enum: ['connected', 'disconnected'], example: 'connected' })
  status!: 'connected' | 'disconnected';

  @ApiProperty({ example: 'acct_1SettleExample', description: "The business's own Stripe account" })
  stripeAccountId!: string;

  @ApiProperty({ example: true, description: 'Whether Stripe lets it take charges now' })
  chargesEnabled!: boolean;

  @ApiProperty({ example: 'Hartley Plumbing Ltd', nullable: true, type: String })
  businessName!: string | null;

  @ApiProperty({ example: 'gbp', nullable: true, type: String })
  defaultCurrency!: string | null;

  @ApiProperty({ example: '2026-12-01T10:00:00.000Z' })
  connectedAt!: string;

  @ApiProperty({ example: null, nullable: true, type: String })
  disconnectedAt!: string | null;

  static of(connection: StripeConnection): StripeConnectionResponseDto {
    return {
      status: connection.status,
      stripeAccountId: connection.stripeAccountId,
      chargesEnabled: connection.chargesEnabled,
      businessName: connection.businessName,
      defaultCurrency: connection.defaultCurrency,
      connectedAt: connection.connectedAt.toISOString(),
      disconnectedAt: connection.disconnectedAt?.toISOString() ?? null,
    };
  }
}
