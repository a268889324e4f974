import { Logger } from '@nestjs/common';
import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  GetInvoicePaymentStateQuery,
  GetPaymentOptionsQuery,
  type InvoicePaymentState,
  type PaymentOptions,
} from '../../../payments/contracts';
import type { Invoice } from '../../domain/invoice';
import { todayIn } from '../../domain/invoice-status';
import { PublicInvoiceLookup } from '../../infrastructure/public-invoice-lookup';
import { GetPublicInvoiceQuery } from './get-public-invoice.query';
import { PublicInvoiceResponseDto } from './public-invoice.response.dto';

const NO_OPTIONS: PaymentOptions = { card: false, bank: false };
const NO_STATE: InvoicePaymentState = { processing: false, lastFailure: null };

/**
 * The invoice behind a public link, with what the customer can do about it: the ways to pay that
 * Payments offers while it is payable, and whether a payment is on its way or the last one failed.
 * Payments failing to answer hides the buttons; it never hides the invoice.
 */
@QueryHandler(GetPublicInvoiceQuery)
export class GetPublicInvoiceHandler implements IQueryHandler<GetPublicInvoiceQuery> {
  private readonly logger = new Logger('Invoicing');

  constructor(
    private readonly lookup: PublicInvoiceLookup,
    private readonly queries: QueryBus,
  ) {}

  async execute({ token }: GetPublicInvoiceQuery): Promise<PublicInvoiceResponseDto> {
    const { invoice, businessName, country, timezone } = await this.lookup.byToken(token);
    const [options, state] = invoice.isPayable()
      ? await Promise.all([
          this.ask(invoice, NO_OPTIONS, () =>
            this.queries.execute(new GetPaymentOptionsQuery(invoice.accountId, invoice.currency)),
          ),
          this.ask(invoice, NO_STATE, () =>
            this.queries.execute(new GetInvoicePaymentStateQuery(invoice.accountId, invoice.id)),
          ),
        ])
      : [NO_OPTIONS, NO_STATE];
    return PublicInvoiceResponseDto.of(invoice, businessName, localeOf(country), todayIn(timezone), options, state);
  }

  private async ask<T>(invoice: Invoice, fallback: T, answer: () => Promise<T>): Promise<T> {
    try {
      return await answer();
    } catch (error) {
      this.logger.warn(
        { invoiceId: invoice.id, error: error instanceof Error ? error.name : 'unknown' },
        'Payments did not answer for the invoice page; it shows no payment buttons',
      );
      return fallback;
    }
  }
}

/** English with the account's region ("en-GB", "en-US"), for amounts and dates on the page. */
function localeOf(country: string): string {
  const locale = `en-${country}`;
  return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en-GB';
}
