import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../../../platform/auth/auth.decorators';
import { AppError } from '../../../../platform/errors/app-error';
import { htmlPage } from '../../../../platform/http/html-page';
import { html } from '../../../../platform/http/html-template';
import { STATUS_OF_KIND } from '../../../../platform/http/problem';
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
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    try {
      const connected = await this.commands.execute(
        new CompleteStripeConnectionCommand(text(state), text(code), text(error)),
      );
      const charges = connected.chargesEnabled
        ? 'It can take card payments now.'
        : 'Stripe does not let it take payments yet: finish its set-up in your Stripe dashboard.';
      response
        .status(200)
        .type('html')
        .send(
          htmlPage(
            'Stripe connected',
            html`<h1>Stripe connected</h1>
              <p>
                Connected to ${connected.businessName ?? 'your Stripe account'} (${connected.stripeAccountId}).
                ${charges}
              </p>
              <p>You can close this window.</p>`,
          ),
        );
    } catch (failure) {
      if (!(failure instanceof AppError)) throw failure;
      response
        .status(STATUS_OF_KIND[failure.kind])
        .type('html')
        .send(
          htmlPage(
            'Stripe not connected',
            html`<h1>Stripe was not connected</h1>
              <p>${failure.message}</p>
              <p>You can close this window and try again from Settle.</p>`,
          ),
        );
    }
  }
}
