import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StartCheckoutCommand } from '../../../payments/contracts';
import { InvoiceMessageValues } from '../../infrastructure/invoice-message-values';
import { PublicInvoiceLookup } from '../../infrastructure/public-invoice-lookup';
import { StartInvoicePaymentCommand, type InvoicePaymentStarted } from './start-invoice-payment.command';

/**
 * Each press makes a fresh checkout for the balance due now, in the invoice's currency, that brings
 * the payer back to the invoice page: the link in the text never expires. An invoice paid meanwhile
 * (another tab, a payment entered in QuickBooks) sends the payer back to the page, which says so.
 */
@CommandHandler(StartInvoicePaymentCommand)
export class StartInvoicePaymentHandler implements ICommandHandler<StartInvoicePaymentCommand> {
  constructor(
    private readonly lookup: PublicInvoiceLookup,
    private readonly commands: CommandBus,
    private readonly values: InvoiceMessageValues,
  ) {}

  async execute({ token, method }: StartInvoicePaymentCommand): Promise<InvoicePaymentStarted> {
    const { invoice, businessName } = await this.lookup.byToken(token);
    const pageUrl = this.values.paymentLinkOf(invoice);
    if (!invoice.isPayable()) return { redirectUrl: pageUrl };
    const title = invoice.number ? `Invoice ${invoice.number}` : 'Invoice';
    const started = await this.commands.execute(
      new StartCheckoutCommand(
        invoice.accountId,
        invoice.id,
        method,
        { minor: invoice.balanceMinor.toString(), currency: invoice.currency },
        `${title} from ${businessName}`,
        invoice.number,
        pageUrl,
      ),
    );
    return { redirectUrl: started.redirectUrl };
  }
}
