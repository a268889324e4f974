import { ApiProperty } from '@nestjs/swagger';

class SyncFailureDto {
  @ApiProperty({ example: '2026-11-27T10:15:00.000Z' })
  at!: string;

  @ApiProperty({ example: 'read invoice/130' })
  operation!: string;

  @ApiProperty({ example: 'QuickBooks read invoice/130 failed: 500 SystemFault: An application error has occurred' })
  message!: string;

  @ApiProperty({ example: '10000', nullable: true, type: String })
  code!: string | null;

  @ApiProperty({ example: '1-5f3b8c2a-7d1e4f6a9b0c2d3e4f5a6b7c', nullable: true, type: String })
  intuitTid!: string | null;
}

class CdcHealthDto {
  @ApiProperty({
    example: '2026-11-27T10:10:00.000Z',
    nullable: true,
    type: String,
    description: 'Changes after this are still to be read',
  })
  cursor!: string | null;

  @ApiProperty({ example: 312, nullable: true, type: Number, description: 'Seconds between now and the cursor' })
  lagSeconds!: number | null;

  @ApiProperty({ example: '2026-11-27T10:10:02.000Z', nullable: true, type: String })
  lastPassAt!: string | null;
}

class TokenHealthDto {
  @ApiProperty({ example: '2026-11-27T11:10:00.000Z', nullable: true, type: String })
  accessTokenExpiresAt!: string | null;

  @ApiProperty({ example: '2027-03-07T10:10:00.000Z', nullable: true, type: String })
  refreshTokenExpiresAt!: string | null;

  @ApiProperty({
    example: '2031-11-27T10:10:00.000Z',
    nullable: true,
    type: String,
    description: "Intuit's hard cap on the refresh token",
  })
  refreshTokenHardExpiresAt!: string | null;
}

class PaymentWriteFailureDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a20', description: "Settle's payment" })
  paymentId!: string;

  @ApiProperty({ example: 'QuickBooks ValidationFault 5010: Account Period Closed: The account period has closed.' })
  reason!: string;

  @ApiProperty({ example: '2026-11-27T10:15:00.000Z' })
  at!: string;
}

class PaymentWriteHealthDto {
  @ApiProperty({ example: 2, description: 'Payments QuickBooks would not take: they need a retry' })
  notInQuickBooks!: number;

  @ApiProperty({ example: 0, description: 'Payments on their way to QuickBooks' })
  pending!: number;

  @ApiProperty({ type: PaymentWriteFailureDto, nullable: true, description: 'The latest payment not in QuickBooks' })
  latestFailure!: PaymentWriteFailureDto | null;
}

export class QuickBooksConnectionResponseDto {
  @ApiProperty({ enum: ['connected', 'needs_reconnect', 'disconnected'], example: 'connected' })
  status!: 'connected' | 'needs_reconnect' | 'disconnected';

  @ApiProperty({ example: null, nullable: true, type: String, description: 'Why the status is not connected' })
  statusReason!: string | null;

  @ApiProperty({ example: 'Hartley & Moss Joinery Ltd' })
  companyName!: string;

  @ApiProperty({ example: '9130357766542017' })
  realmId!: string;

  @ApiProperty({ example: 'GBP' })
  homeCurrency!: string;

  @ApiProperty({ example: '2026-11-27T09:30:00.000Z' })
  connectedAt!: string;

  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a11' })
  connectedByUserId!: string;

  @ApiProperty({ example: null, nullable: true, type: String })
  disconnectedAt!: string | null;

  @ApiProperty({ example: '2026-11-27T10:12:00.000Z', nullable: true, type: String })
  lastSyncAt!: string | null;

  @ApiProperty({ example: '2026-11-27T10:11:58.000Z', nullable: true, type: String })
  lastWebhookAt!: string | null;

  @ApiProperty({ type: CdcHealthDto })
  cdc!: CdcHealthDto;

  @ApiProperty({ type: TokenHealthDto })
  tokens!: TokenHealthDto;

  @ApiProperty({ type: [SyncFailureDto], description: 'The latest failures, newest first (at most 20)' })
  recentFailures!: SyncFailureDto[];

  @ApiProperty({ type: PaymentWriteHealthDto, description: "Settle's payments written to QuickBooks" })
  payments!: PaymentWriteHealthDto;
}
