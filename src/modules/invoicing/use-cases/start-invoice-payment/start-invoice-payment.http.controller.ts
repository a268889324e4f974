import { Body, Controller, Param, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthThrottlerGuard } from '../../../../platform/auth/auth-throttler.guard';
import { Public } from '../../../../platform/auth/auth.decorators';
import { AppError } from '../../../../platform/errors/app-error';
import { notFoundPage } from '../get-public-invoice/invoice-page.html';
import { StartInvoicePaymentCommand } from './start-invoice-payment.command';
import { StartInvoicePaymentRequestDto } from './start-invoice-payment.request.dto';

/**
 * POST /p/:token/pay, the invoice page's pay buttons: 303 to the provider's checkout. Public (the
 * token is the key) and limited per client address like the other unauthenticated writes. A method
 * the business cannot take (any more) sends the payer back to the page, which says so.
 */
@ApiExcludeController()
@Public()
@Controller('p')
export class StartInvoicePaymentHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':token/pay')
  @UseGuards(AuthThrottlerGuard)
  async pay(
    @Param('token') token: string,
    @Body() body: StartInvoicePaymentRequestDto,
    @Res() response: Response,
  ): Promise<void> {
    response.setHeader('Cache-Control', 'no-store');
    try {
      const started = await this.commands.execute(new StartInvoicePaymentCommand(token, body.method));
      response.redirect(303, started.redirectUrl);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.kind === 'not_found') {
        response.status(404).type('html').send(notFoundPage());
        return;
      }
      if (error.kind !== 'conflict') throw error;
      response.redirect(303, `/p/${encodeURIComponent(token)}?unavailable=1`);
    }
  }
}
