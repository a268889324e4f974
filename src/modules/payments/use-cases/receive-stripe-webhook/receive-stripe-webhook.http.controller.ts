import { Controller, HttpCode, Post, Req, type RawBodyRequest } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../../../../platform/auth/auth.decorators';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import { ReceiveStripeWebhookCommand } from './receive-stripe-webhook.command';

const KEPT_HEADERS = ['content-type', 'stripe-signature', 'user-agent'];

/**
 * Stripe's events for the platform and every connected account. Verified on the raw bytes, stored
 * and answered 200 at once; a job processes them. Only the webhook decides that a payment is in.
 */
@ApiTags('webhooks')
@Controller('webhooks/stripe')
export class ReceiveStripeWebhookHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: "Stripe's events (Checkout Sessions, refunds, Connect), signed with Stripe-Signature" })
  @ApiHeader({ name: 'stripe-signature', required: true, description: 't=<unix seconds>,v1=<HMAC-SHA256 hex>' })
  @ApiOkResponse({ description: 'Stored; processed shortly' })
  @ApiProblems(401)
  async receive(@Req() request: RawBodyRequest<Request>): Promise<{ received: true }> {
    const headers = Object.fromEntries(
      KEPT_HEADERS.flatMap((name) => {
        const value = request.header(name);
        return value ? [[name, value]] : [];
      }),
    );
    await this.commands.execute(
      new ReceiveStripeWebhookCommand(request.rawBody ?? Buffer.alloc(0), request.header('stripe-signature'), headers),
    );
    return { received: true };
  }
}
