import { EntityManager } from '@mikro-orm/postgresql';
import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { GetAccountSettingsQuery } from '../../../../platform/accounts/contracts/get-account-settings.query';
import { Invoice } from '../../domain/invoice';
import { todayIn } from '../../domain/invoice-status';
import { PublicToken } from '../../domain/public-token';
import { InvoicingErrors } from '../../invoicing.errors';
import { GetPublicInvoiceQuery } from './get-public-invoice.query';
import { PublicInvoiceResponseDto } from './public-invoice.response.dto';

/** The one read that crosses accounts: the token alone (192 random bits) says which invoice. */
@QueryHandler(GetPublicInvoiceQuery)
export class GetPublicInvoiceHandler implements IQueryHandler<GetPublicInvoiceQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: QueryBus,
  ) {}

  async execute({ token }: GetPublicInvoiceQuery): Promise<PublicInvoiceResponseDto> {
    if (!PublicToken.isWellFormed(token)) throw InvoicingErrors.invoiceNotFound();
    const invoice = await this.em
      .fork()
      .findOne(Invoice, { publicToken: token, removedAt: null }, { filters: { tenant: false } });
    if (!invoice) throw InvoicingErrors.invoiceNotFound();
    const account = await this.queries.execute(new GetAccountSettingsQuery(invoice.accountId));
    return PublicInvoiceResponseDto.of(invoice, account.name, localeOf(account.country), todayIn(account.timezone));
  }
}

/** English with the account's region ("en-GB", "en-US"), for amounts and dates on the page. */
function localeOf(country: string): string {
  const locale = `en-${country}`;
  return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en-GB';
}
