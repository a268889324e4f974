import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../../../platform/auth/auth.decorators';
import { answerConnectionCallback, queryText } from '../../../../platform/http/connection-callback-page';
import { html } from '../../../../platform/http/html-template';
import { CompleteStripeConnectionCommand } from './complete-stripe-connection.command';

/**
 * Where Stripe sends the user's browser back: a page for a person. Public because the browser
 * carries no Settle token; the single-use state proves who asked.
 */
@Controller('integrations/stripe')
export class CompleteStripeConnectionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Get('callback')
  @Public()
  @ApiExcludeEndpoint()
  @Header('Cache-Control', 'no-store')
  async callback(
    @Res() response: Response,
    @Query('state') state?: string,
    @Query('code') code?: string,
    @Query('error') error?: string,
  ): Promise<void> {
    await answerConnectionCallback(response, 'Stripe', async () => {
      const connected = await this.commands.execute(
        new CompleteStripeConnectionCommand(queryText(state), queryText(code), queryText(error)),
      );
      const charges = connected.chargesEnabled
        ? 'It can take card payments now.'
        : 'Stripe does not let it take payments yet: finish its set-up in your Stripe dashboard.';
      return html`<p>
          Connected to ${connected.businessName ?? 'your Stripe account'} (${connected.stripeAccountId}). ${charges}
        </p>
        <p>You can close this window.</p>`;
    });
  }
}
