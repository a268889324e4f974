import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../../../platform/auth/auth.decorators';
import { AppError } from '../../../../platform/errors/app-error';
import { htmlPage } from '../../../../platform/http/html-page';
import { html } from '../../../../platform/http/html-template';
import { STATUS_OF_KIND } from '../../../../platform/http/problem';
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
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    try {
      const company = await this.commands.execute(
        new CompleteQuickBooksConnectionCommand(text(state), text(code), text(realmId), text(error)),
      );
      response
        .status(200)
        .type('html')
        .send(
          htmlPage(
            'QuickBooks connected',
            html`<h1>QuickBooks connected</h1>
              <p>Connected to ${company.companyName} (company ID ${company.realmId}). You can close this window.</p>`,
          ),
        );
    } catch (failure) {
      if (!(failure instanceof AppError)) throw failure;
      response
        .status(STATUS_OF_KIND[failure.kind])
        .type('html')
        .send(
          htmlPage(
            'QuickBooks not connected',
            html`<h1>QuickBooks was not connected</h1>
              <p>${failure.message}</p>
              <p>You can close this window and try again from Settle.</p>`,
          ),
        );
    }
  }
}
