import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../../../platform/auth/auth.decorators';
import { answerConnectionCallback, queryText } from '../../../../platform/http/connection-callback-page';
import { html } from '../../../../platform/http/html-template';
import { CompleteQuickBooksConnectionCommand } from './complete-quickbooks-connection.command';

/**
 * Where Intuit sends the user's browser back: a page for a person, never a stack trace. It is public
 * because the browser carries no Settle token; the single-use state proves who asked.
 */
@Controller('integrations/quickbooks')
export class CompleteQuickBooksConnectionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Get('callback')
  @Public()
  @ApiExcludeEndpoint()
  @Header('Cache-Control', 'no-store')
  async callback(
    @Res() response: Response,
    @Query('state') state?: string,
    @Query('code') code?: string,
    @Query('realmId') realmId?: string,
    @Query('error') error?: string,
  ): Promise<void> {
    await answerConnectionCallback(response, 'QuickBooks', async () => {
      const company = await this.commands.execute(
        new CompleteQuickBooksConnectionCommand(
          queryText(state),
          queryText(code),
          queryText(realmId),
          queryText(error),
        ),
      );
      return html`<p>
        Connected to ${company.companyName} (company ID ${company.realmId}). You can close this window.
      </p>`;
    });
  }
}
