import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetAccountSettingsQuery } from '../../../platform/accounts/contracts/get-account-settings.query';
import { AccountScope } from '../../../platform/database/account-scope';
import { GetConnectedCompanyQuery } from '../../integration/contracts';
import { Invoice } from '../domain/invoice';
import { PublicToken } from '../domain/public-token';
import { InvoicingErrors } from '../invoicing.errors';

export interface PublicInvoice {
  invoice: Invoice;
  /** As QuickBooks names the business (what the customer knows it by), else the Settle account's name. */
  businessName: string;
  country: string;
  timezone: string;
}

/**
 * The one read that crosses accounts: the token alone (192 random bits) says which invoice, and so
 * which account; everything else is read for that account. An unknown or removed token is one and
 * the same INVOICING.INVOICE_NOT_FOUND.
 */
@Injectable()
export class PublicInvoiceLookup {
  constructor(
    private readonly scope: AccountScope,
    private readonly queries: QueryBus,
  ) {}

  async byToken(token: string): Promise<PublicInvoice> {
    if (!PublicToken.isWellFormed(token)) throw InvoicingErrors.invoiceNotFound();
    const invoice = await this.scope.acrossAccounts((em) =>
      em.findOne(Invoice, { publicToken: token, removedAt: null }, { filters: false }),
    );
    if (!invoice) throw InvoicingErrors.invoiceNotFound();
    const [account, company] = await Promise.all([
      this.queries.execute(new GetAccountSettingsQuery(invoice.accountId)),
      this.queries.execute(new GetConnectedCompanyQuery(invoice.accountId)),
    ]);
    return {
      invoice,
      businessName: company?.companyName ?? account.name,
      country: account.country,
      timezone: account.timezone,
    };
  }
}
