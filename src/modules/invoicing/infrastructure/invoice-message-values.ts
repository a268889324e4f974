import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetAccountSettingsQuery } from '../../../platform/accounts/contracts/get-account-settings.query';
import { appConfig } from '../../../platform/config/settle.config';
import { FindContactForTextingQuery } from '../../contacts/contracts';
import { GetConnectedCompanyQuery } from '../../integration/contracts';
import type { MessageValues } from '../../messaging/contracts';
import type { Invoice } from '../domain/invoice';

/**
 * What an invoice's text is filled from: its contact's names (Contacts), the business as its
 * customers know it (QuickBooks' company name, else the account's), the amount due and due date,
 * and the payment link.
 */
@Injectable()
export class InvoiceMessageValues {
  constructor(
    private readonly queries: QueryBus,
    @Inject(appConfig.KEY) private readonly app: ReturnType<typeof appConfig>,
  ) {}

  paymentLinkOf(invoice: Invoice): string {
    return `${this.app.publicUrl}/p/${invoice.publicToken}`;
  }

  async of(invoice: Invoice): Promise<MessageValues> {
    // One after the other: called inside a transaction, the three share its one connection.
    const contact = await this.queries.execute(new FindContactForTextingQuery(invoice.accountId, invoice.contactId));
    const company = await this.queries.execute(new GetConnectedCompanyQuery(invoice.accountId));
    const account = await this.queries.execute(new GetAccountSettingsQuery(invoice.accountId));
    return {
      contactFirstName: contact?.firstName ?? null,
      contactName: contact?.name ?? invoice.contactName ?? '',
      businessName: company?.companyName ?? account.name,
      invoiceNumber: invoice.number,
      amountDue: { minor: invoice.balanceMinor.toString(), currency: invoice.currency },
      dueDate: invoice.dueDate,
      paymentLink: this.paymentLinkOf(invoice),
    };
  }
}
