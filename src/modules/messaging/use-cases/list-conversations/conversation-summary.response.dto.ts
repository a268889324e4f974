import { ApiProperty } from '@nestjs/swagger';

export class ConversationSummaryResponseDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a60' })
  id!: string;

  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a20' })
  contactId!: string;

  @ApiProperty({ nullable: true, type: String, example: 'Sam Patel', description: 'null when the contact was deleted' })
  contactName!: string | null;

  @ApiProperty({ example: '2026-12-01T10:32:00.000Z' })
  lastActivityAt!: string;

  @ApiProperty({ example: 'Thanks, paid!' })
  lastMessagePreview!: string;

  @ApiProperty({ example: 1, description: 'Replies not read yet' })
  unreadCount!: number;
}
