import { Module } from '@nestjs/common';
import { AuthModule } from '../../platform/auth/auth.module';
import { ApplyPaymentToInvoiceHandler } from './use-cases/apply-payment-to-invoice/apply-payment-to-invoice.handler';
import { GetInvoiceForPaymentHandler } from './use-cases/get-invoice-for-payment/get-invoice-for-payment.handler';
import { PublicInvoiceLookup } from './infrastructure/public-invoice-lookup';
import { StartInvoicePaymentHandler } from './use-cases/start-invoice-payment/start-invoice-payment.handler';
import { StartInvoicePaymentHttpController } from './use-cases/start-invoice-payment/start-invoice-payment.http.controller';
import { DeleteInvoiceHttpController } from './use-cases/delete-invoice/delete-invoice.http.controller';
import { DeleteInvoiceHandler } from './use-cases/delete-invoice/delete-invoice.handler';
import { EditInvoiceHttpController } from './use-cases/edit-invoice/edit-invoice.http.controller';
import { EditInvoiceHandler } from './use-cases/edit-invoice/edit-invoice.handler';
import { GetInvoiceHttpController } from './use-cases/get-invoice/get-invoice.http.controller';
import { GetInvoiceHandler } from './use-cases/get-invoice/get-invoice.handler';
import { GetPublicInvoiceHttpController } from './use-cases/get-public-invoice/get-public-invoice.http.controller';
import { GetPublicInvoiceHandler } from './use-cases/get-public-invoice/get-public-invoice.handler';
import { InvoicePageController } from './use-cases/get-public-invoice/invoice-page.http.controller';
import { ListInvoicesHttpController } from './use-cases/list-invoices/list-invoices.http.controller';
import { ListInvoicesHandler } from './use-cases/list-invoices/list-invoices.handler';
import { PreviewInvoicesFromQuickBooksHandler } from './use-cases/preview-invoices-from-quickbooks/preview-invoices-from-quickbooks.handler';
import { RemoveInvoiceDeletedInQuickBooksHandler } from './use-cases/remove-invoice-deleted-in-quickbooks/remove-invoice-deleted-in-quickbooks.handler';
import { UpsertInvoicesFromQuickBooksHandler } from './use-cases/upsert-invoices-from-quickbooks/upsert-invoices-from-quickbooks.handler';
import { AccountCalendar } from './infrastructure/account-calendar';
import { InvoiceMessageValues } from './infrastructure/invoice-message-values';
import { GetPaymentLinkHttpController } from './use-cases/get-payment-link/get-payment-link.http.controller';
import { GetPaymentLinkHandler } from './use-cases/get-payment-link/get-payment-link.handler';
import { PreviewInvoiceMessageHttpController } from './use-cases/preview-invoice-message/preview-invoice-message.http.controller';
import { PreviewInvoiceMessageHandler } from './use-cases/preview-invoice-message/preview-invoice-message.handler';
import { SendInvoiceHttpController } from './use-cases/send-invoice/send-invoice.http.controller';
import { SendInvoiceHandler } from './use-cases/send-invoice/send-invoice.handler';

const handlers = [
  UpsertInvoicesFromQuickBooksHandler,
  PreviewInvoicesFromQuickBooksHandler,
  RemoveInvoiceDeletedInQuickBooksHandler,
  ListInvoicesHandler,
  GetInvoiceHandler,
  EditInvoiceHandler,
  DeleteInvoiceHandler,
  GetPublicInvoiceHandler,
  SendInvoiceHandler,
  PreviewInvoiceMessageHandler,
  GetPaymentLinkHandler,
  ApplyPaymentToInvoiceHandler,
  GetInvoiceForPaymentHandler,
  StartInvoicePaymentHandler,
];

/** Invoicing: invoices imported from QuickBooks, their totals, sending them, the invoice API and the customer's page. */
@Module({
  imports: [AuthModule],
  controllers: [
    ListInvoicesHttpController,
    GetInvoiceHttpController,
    EditInvoiceHttpController,
    DeleteInvoiceHttpController,
    GetPublicInvoiceHttpController,
    InvoicePageController,
    StartInvoicePaymentHttpController,
    SendInvoiceHttpController,
    PreviewInvoiceMessageHttpController,
    GetPaymentLinkHttpController,
  ],
  providers: [...handlers, AccountCalendar, InvoiceMessageValues, PublicInvoiceLookup],
})
export class InvoicingModule {}
