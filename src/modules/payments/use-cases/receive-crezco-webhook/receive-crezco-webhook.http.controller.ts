import { Controller, HttpCode, Post, Req, type RawBodyRequest } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../../../../platform/auth/auth.decorators';
import { ReceiveCrezcoWebhookCommand } from './receive-crezco-webhook.command';

const KEPT_HEADERS = ['content-type', 'user-agent'];

/**
 * Crezco's payment events, unsigned (Crezco documents no signature). Stored and answered 200 at once
 * (any other answer may make Crezco deactivate the webhook); a job then fetches the payment's
 * status from Crezco, and only that counts.
 */
@ApiTags('webhooks')
@Controller('webhooks/crezco')
export class ReceiveCrezcoWebhookHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: "Crezco's payment events (a JSON array); each only makes Settle ask Crezco" })
  @ApiOkResponse({ description: 'Stored; the payment is fetched from Crezco shortly' })
  async receive(@Req() request: RawBodyRequest<Request>): Promise<{ received: true }> {
    const headers = Object.fromEntries(
      KEPT_HEADERS.flatMap((name) => {
        const value = request.header(name);
        return value ? [[name, value]] : [];
      }),
    );
    await this.commands.execute(new ReceiveCrezcoWebhookCommand(request.rawBody ?? Buffer.alloc(0), headers));
    return { received: true };
  }
}
