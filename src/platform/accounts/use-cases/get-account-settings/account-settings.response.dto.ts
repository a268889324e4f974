import { ApiProperty } from '@nestjs/swagger';

export class AccountSettingsResponseDto {
  @ApiProperty({ example: 'Hartley Plumbing Ltd' })
  name!: string;

  @ApiProperty({ example: 'GB', description: 'ISO 3166-1 alpha-2: the default region of phone numbers' })
  country!: string;

  @ApiProperty({ example: 'Europe/London', description: 'IANA time zone' })
  timezone!: string;

  @ApiProperty({
    example: true,
    description:
      'When an invoice is sent, append "Sent by SMS via Settle <local date and time>" to its QuickBooks PrivateNote (Statement Memo). Nothing else is written to the invoice and QuickBooks sends no email.',
  })
  markSentInQuickBooks!: boolean;
}
