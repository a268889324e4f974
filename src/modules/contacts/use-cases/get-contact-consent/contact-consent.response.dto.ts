import { ApiProperty } from '@nestjs/swagger';
import type { ConsentChange } from '../../domain/consent-change';

export class ConsentChangeResponseDto {
  @ApiProperty({ enum: ['opt_out', 'opt_in'], example: 'opt_out' })
  change!: string;

  @ApiProperty({
    enum: ['sms_keyword', 'user'],
    example: 'sms_keyword',
    description: 'sms_keyword: the contact texted STOP (or START); user: a user of the account changed it',
  })
  how!: string;

  @ApiProperty({ nullable: true, type: String, example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a21' })
  messageId!: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'STOP', description: 'The text that asked for it' })
  text!: string | null;

  @ApiProperty({ nullable: true, type: String, example: null, description: 'The user who changed it' })
  userId!: string | null;

  @ApiProperty({ example: '2026-12-01T10:32:00.000Z' })
  at!: string;

  static of(entry: ConsentChange): ConsentChangeResponseDto {
    return {
      change: entry.change,
      how: entry.how,
      messageId: entry.messageId,
      text: entry.text,
      userId: entry.userId,
      at: entry.at.toISOString(),
    };
  }
}

export class ContactConsentResponseDto {
  @ApiProperty({ example: false })
  optedOut!: boolean;

  @ApiProperty({ nullable: true, type: String, example: null })
  optedOutAt!: string | null;

  @ApiProperty({ type: [ConsentChangeResponseDto], description: 'Every change of consent, oldest first' })
  changes!: ConsentChangeResponseDto[];
}
