import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../../../platform/auth/auth.decorators';
import { AppError } from '../../../../platform/errors/app-error';
import { htmlPage } from '../../../../platform/http/html-page';
import { html } from '../../../../platform/http/html-template';
import { STATUS_OF_KIND } from '../../../../platform/http/problem';
import { CompleteCrezcoConnectionCommand } from './complete-crezco-connection.command';

/**
 * Where Crezco's onboarding sends the user's browser back (`user-id`, or `error-message`): a page
 * for a person. Public because the browser carries no Settle token; the single-use state proves who asked.
 */
@Controller('integrations/crezco')
export class CompleteCrezcoConnectionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Get('callback')
  @Public()
  @ApiExcludeEndpoint()
  @Header('Cache-Control', 'no-store')
  async callback(
    @Res() response: Response,
    @Query('state') state?: string,
    @Query('user-id') userId?: string,
    @Query('error-message') errorMessage?: string,
  ): Promise<void> {
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    try {
      const connected = await this.commands.execute(
        new CompleteCrezcoConnectionCommand(text(state), text(userId), text(errorMessage)),
      );
      response
        .status(200)
        .type('html')
        .send(
          htmlPage(
            'Crezco connected',
            html`<h1>Crezco connected</h1>
              <p>Connected to ${connected.displayName ?? 'your Crezco account'}. Customers can pay by bank now.</p>
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
            'Crezco not connected',
            html`<h1>Crezco was not connected</h1>
              <p>${failure.message}</p>
              <p>You can close this window and try again from Settle.</p>`,
          ),
        );
    }
  }
}
