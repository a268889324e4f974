import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../../../platform/auth/auth.decorators';
import { AppError } from '../../../../platform/errors/app-error';
import { GetPublicInvoiceQuery } from './get-public-invoice.query';
import { invoicePage, notFoundPage } from './invoice-page.html';

/** GET /p/:token, the page a customer opens from a text message (outside /api/v1). */
@ApiExcludeController()
@Public()
@Controller('p')
export class InvoicePageController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() response: Response): Promise<void> {
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('X-Robots-Tag', 'noindex');
    try {
      const invoice = await this.queries.execute(new GetPublicInvoiceQuery(token));
      response.status(200).type('html').send(invoicePage(invoice));
    } catch (error) {
      if (!(error instanceof AppError) || error.kind !== 'not_found') throw error;
      response.status(404).type('html').send(notFoundPage());
    }
  }
}
