import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../../../platform/auth/auth.decorators';
import { appConfig } from '../../../../platform/config/settle.config';
import { AppError } from '../../../../platform/errors/app-error';
import { GetPublicInvoiceQuery } from './get-public-invoice.query';
import { invoicePage, notFoundPage } from './invoice-page.html';
import { invoicePagePolicy } from './invoice-page.policy';

/**
 * GET /p/:token, the page a customer opens from a text message (outside /api/v1); `?paid=n` when
 * coming back from a checkout (and as it refreshes itself), `?unavailable=1` when a way to pay
 * could not be offered.
 */
@ApiExcludeController()
@Public()
@Controller('p')
export class InvoicePageController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(appConfig.KEY) private readonly app: ReturnType<typeof appConfig>,
  ) {}

  @Get(':token')
  async show(
    @Param('token') token: string,
    @Query('paid') paid: unknown,
    @Query('unavailable') unavailable: unknown,
    @Res() response: Response,
  ): Promise<void> {
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('X-Robots-Tag', 'noindex');
    response.setHeader('Content-Security-Policy', invoicePagePolicy(this.app.publicUrl));
    try {
      const invoice = await this.queries.execute(new GetPublicInvoiceQuery(token));
      const visit = { token, returns: returnsOf(paid), unavailable: unavailable === '1' };
      response.status(200).type('html').send(invoicePage(invoice, visit));
    } catch (error) {
      if (!(error instanceof AppError) || error.kind !== 'not_found') throw error;
      response.status(404).type('html').send(notFoundPage());
    }
  }
}

function returnsOf(paid: unknown): number {
  return typeof paid === 'string' && /^\d{1,4}$/.test(paid) ? Number(paid) : 0;
}
