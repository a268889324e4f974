import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { GetAccountSettingsQuery } from '../../../../platform/accounts/contracts/get-account-settings.query';
import { AccountScope } from '../../../../platform/database/account-scope';
import { GetConnectedCompanyQuery } from '../../../integration/contracts';
import { Invoice } from '../../domain/invoice';
import { todayIn } from '../../domain/invoice-status';
import { PublicToken } from '../../domain/public-token';
import { InvoicingErrors } from '../../invoicing.errors';
import { GetPublicInvoiceQuery } from './get-public-invoice.query';
import { PublicInvoiceResponseDto } from './public-invoice.response.dto';

/**
 * The one read that crosses accounts: the token alone (192 random bits) says which invoice, and so
 * which account; everything else is read for that account. The business is named as QuickBooks
 * names it (what the customer knows it by), or by the Settle account's name with no company connected.
 */
@QueryHandler(GetPublicInvoiceQuery)
export class GetPublicInvoiceHandler implements IQueryHandler<GetPublicInvoiceQuery> {
  constructor(
    private readonly scope: AccountScope,
    private readonly queries: QueryBus,
  ) {}

  async execute({ token }: GetPublicInvoiceQuery): Promise<PublicInvoiceResponseDto> {
    if (!PublicToken.isWellFormed(token)) throw InvoicingErrors.invoiceNotFound();
    const invoice = await this.scope.acrossAccounts((em) =>
      em.findOne(Invoice, { publicToken: token, removedAt: null }, { filters: false }),
    );
    if (!invoice) throw InvoicingErrors.invoiceNotFound();
    const [account, company] = await Promise.all([
      this.queries.execute(new GetAccountSettingsQuery(invoice.accountId)),
      this.queries.execute(new GetConnectedCompanyQuery(invoice.accountId)),
    ]);
    const businessName = company?.companyName ?? account.name;
    return PublicInvoiceResponseDto.of(invoice, businessName, localeOf(account.country), todayIn(account.timezone));
  }
}

/** English with the account's region ("en-GB", "en-US"), for amounts and dates on the page. */
function localeOf(country: string): string {
  const locale = `en-${country}`;
  return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en-GB';
}
