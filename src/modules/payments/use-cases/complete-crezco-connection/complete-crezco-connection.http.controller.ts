import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../../../platform/auth/auth.decorators';
import { answerConnectionCallback, queryText } from '../../../../platform/http/connection-callback-page';
import { html } from '../../../../platform/http/html-template';
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
    await answerConnectionCallback(response, 'Crezco', async () => {
      const connected = await this.commands.execute(
        new CompleteCrezcoConnectionCommand(queryText(state), queryText(userId), queryText(errorMessage)),
      );
      return html`<p>Connected to ${connected.displayName ?? 'your Crezco account'}. Customers can pay by bank now.</p>
        <p>You can close this window.</p>`;
    });
  }
}
