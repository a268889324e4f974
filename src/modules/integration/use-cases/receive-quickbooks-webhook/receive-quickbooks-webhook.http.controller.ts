import { Controller, HttpCode, Inject, Post, Req, type RawBodyRequest } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../../../../platform/auth/auth.decorators';
import { AppError } from '../../../../platform/errors/app-error';
import { quickbooksConfig, type QuickBooksConfig } from '../../infrastructure/quickbooks.config';
import { verifyIntuitSignature } from '../../infrastructure/webhooks';
import { ReceiveQuickBooksWebhookCommand } from './receive-quickbooks-webhook.command';

const KEPT_HEADERS = ['content-type', 'intuit-signature', 'intuit-t-id', 'intuit-created-time', 'user-agent'];

/**
 * Intuit's one webhook URL for every connected company. The signature is checked on the raw bytes
 * before anything is stored; a good delivery is stored and answered 200 at once (Intuit gives up
 * after about three seconds), then processed by a job.
 */
@ApiTags('webhooks')
@Controller('webhooks/quickbooks')
export class ReceiveQuickBooksWebhookHttpController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(quickbooksConfig.KEY) private readonly config: QuickBooksConfig,
  ) {}

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: "QuickBooks' webhook deliveries (CloudEvents or the legacy format), signed by Intuit" })
  @ApiHeader({ name: 'intuit-signature', required: true, description: 'base64 HMAC-SHA256 of the raw body' })
  @ApiOkResponse({ description: 'Stored; processed shortly' })
  @ApiUnauthorizedResponse({ description: 'Missing or wrong signature; nothing was stored' })
  async receive(@Req() request: RawBodyRequest<Request>): Promise<void> {
    const raw = request.rawBody;
    if (!raw || !verifyIntuitSignature(raw, request.header('intuit-signature'), this.config.verifierToken)) {
      throw new AppError(
        'INTEGRATION.BAD_WEBHOOK_SIGNATURE',
        'unauthenticated',
        'The intuit-signature does not match the body',
      );
    }
    const headers = Object.fromEntries(
      KEPT_HEADERS.flatMap((name) => {
        const value = request.header(name);
        return value ? [[name, value]] : [];
      }),
    );
    await this.commands.execute(new ReceiveQuickBooksWebhookCommand(raw.toString('utf8'), headers));
  }
}
