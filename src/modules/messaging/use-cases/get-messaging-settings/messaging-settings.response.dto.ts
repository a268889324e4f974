import { ApiProperty } from '@nestjs/swagger';
import type { Sender } from '../../domain/sender';

export class SenderResponseDto {
  @ApiProperty({
    enum: ['alphanumeric', 'number'],
    example: 'number',
    description:
      'alphanumeric: texts show a name (up to 11 characters) but contacts CANNOT reply, so replies, STOP and HELP ' +
      'never reach Settle. number: a Vonage virtual number contacts can reply to.',
  })
  kind!: string;

  @ApiProperty({ example: '+447700900123' })
  value!: string;

  @ApiProperty({ example: true, description: 'Whether contacts can reply to texts from this sender' })
  canReceiveReplies!: boolean;
}

export class MessagingSettingsResponseDto {
  @ApiProperty({ type: SenderResponseDto })
  sender!: SenderResponseDto;

  @ApiProperty({
    example: false,
    description: 'true while the account uses the default sender (VONAGE_DEFAULT_SENDER)',
  })
  isDefaultSender!: boolean;

  static of(sender: Sender, isDefaultSender: boolean): MessagingSettingsResponseDto {
    return {
      sender: { kind: sender.kind, value: sender.value, canReceiveReplies: sender.kind === 'number' },
      isDefaultSender,
    };
  }
}
