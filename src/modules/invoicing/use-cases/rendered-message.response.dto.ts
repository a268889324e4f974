import { ApiProperty } from '@nestjs/swagger';
import type { RenderedMessage } from '../../messaging/contracts';

export class RenderedMessageResponseDto {
  @ApiProperty({ example: 'Hi Jane, here is invoice 1042 from Hartley Plumbing for £120.00: https://…/p/…' })
  text!: string;

  @ApiProperty({ example: 96, description: "In the encoding's units: GSM-7 septets or UCS-2 code units" })
  length!: number;

  @ApiProperty({ enum: ['GSM-7', 'UCS-2'], example: 'GSM-7' })
  encoding!: 'GSM-7' | 'UCS-2';

  @ApiProperty({ example: 1, description: 'SMS parts the text is sent (and charged) as' })
  parts!: number;

  static of(message: RenderedMessage): RenderedMessageResponseDto {
    return { text: message.text, length: message.length, encoding: message.encoding, parts: message.parts };
  }
}
