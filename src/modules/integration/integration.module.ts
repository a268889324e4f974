import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { registerQueues } from '../../platform/queue/queue-registration';
import { workerOnly } from '../../platform/queue/role';
import { ACCESS_TOKEN_SOURCE } from './domain/access-token-source.port';
import { CdcPassLease } from './infrastructure/cdc-pass-lease';
import { ConnectionTokenSource } from './infrastructure/connection-token-source';
import { IntuitOAuthAdapter } from './infrastructure/intuit-oauth.adapter';
import { QUICKBOOKS_API_PROVIDERS } from './infrastructure/quickbooks-api/quickbooks-api.providers';
import { QuickBooksCompanies } from './infrastructure/quickbooks-companies';
import { QuickBooksCompanyReader } from './infrastructure/quickbooks-company.reader';
import { QuickBooksTaxContexts } from './infrastructure/quickbooks-tax-contexts';
import { QUICKBOOKS_QUEUE } from './infrastructure/quickbooks.jobs';
import { quickbooksConfig } from './infrastructure/quickbooks.config';
import { TokenCipher } from './infrastructure/token-cipher';
import { MarkInvoiceSentInQuickBooksWhenInvoiceSentSaga } from './sagas/mark-invoice-sent-in-quickbooks-when-invoice-sent.saga';
import { OwnInvoiceWrites } from './use-cases/apply-quickbooks-change/own-invoice-writes';
import { OwnPaymentWrites } from './use-cases/apply-quickbooks-change/own-payment-writes';
import { QuickBooksChangeApplier } from './use-cases/apply-quickbooks-change/quickbooks-change.applier';
import { QuickBooksCustomerContacts } from './use-cases/bring-in-quickbooks-customers/quickbooks-customer-contacts';
import { BringQuickBooksUpToDateHandler } from './use-cases/bring-quickbooks-up-to-date/bring-quickbooks-up-to-date.handler';
import { CompleteQuickBooksConnectionHttpController } from './use-cases/complete-quickbooks-connection/complete-quickbooks-connection.http.controller';
import { CompleteQuickBooksConnectionHandler } from './use-cases/complete-quickbooks-connection/complete-quickbooks-connection.handler';
import { ConnectQuickBooksHttpController } from './use-cases/connect-quickbooks/connect-quickbooks.http.controller';
import { ConnectQuickBooksHandler } from './use-cases/connect-quickbooks/connect-quickbooks.handler';
import { DisconnectQuickBooksHttpController } from './use-cases/disconnect-quickbooks/disconnect-quickbooks.http.controller';
import { DisconnectQuickBooksHandler } from './use-cases/disconnect-quickbooks/disconnect-quickbooks.handler';
import { GetConnectedCompanyHandler } from './use-cases/get-connected-company/get-connected-company.handler';
import { GetQuickBooksConnectionHttpController } from './use-cases/get-quickbooks-connection/get-quickbooks-connection.http.controller';
import { GetQuickBooksConnectionHandler } from './use-cases/get-quickbooks-connection/get-quickbooks-connection.handler';
import { GetQuickBooksImportHttpController } from './use-cases/get-quickbooks-import/get-quickbooks-import.http.controller';
import { GetQuickBooksImportHandler } from './use-cases/get-quickbooks-import/get-quickbooks-import.handler';
import { ListQuickBooksInvoiceYearsHttpController } from './use-cases/list-quickbooks-invoice-years/list-quickbooks-invoice-years.http.controller';
import { ListQuickBooksInvoiceYearsHandler } from './use-cases/list-quickbooks-invoice-years/list-quickbooks-invoice-years.handler';
import { MarkInvoiceSentInQuickBooksHandler } from './use-cases/mark-invoice-sent-in-quickbooks/mark-invoice-sent-in-quickbooks.handler';
import { MarkInvoiceSentInQuickBooksProcessor } from './use-cases/mark-invoice-sent-in-quickbooks/mark-invoice-sent-in-quickbooks.processor';
import { QuickBooksSentMarkWriter } from './use-cases/mark-invoice-sent-in-quickbooks/quickbooks-sent-mark.writer';
import { RecordPaymentInQuickBooksHandler } from './use-cases/record-payment-in-quickbooks/record-payment-in-quickbooks.handler';
import { QuickBooksPaymentReferences } from './use-cases/record-payment-in-quickbooks/quickbooks-payment-references';
import { QuickBooksPaymentWriter } from './use-cases/record-payment-in-quickbooks/quickbooks-payment.writer';
import { RecordPaymentInQuickBooksProcessor } from './use-cases/record-payment-in-quickbooks/record-payment-in-quickbooks.processor';
import { ResumeStalledQuickBooksImports } from './use-cases/resume-stalled-quickbooks-imports/resume-stalled-quickbooks-imports.sweep';
import { QuickBooksWebhookHandler } from './use-cases/route-quickbooks-webhook/quickbooks-webhook.handler';
import { ReceiveQuickBooksWebhookHttpController } from './use-cases/receive-quickbooks-webhook/receive-quickbooks-webhook.http.controller';
import { ReceiveQuickBooksWebhookHandler } from './use-cases/receive-quickbooks-webhook/receive-quickbooks-webhook.handler';
import { ExclusiveCdcPass } from './use-cases/run-quickbooks-cdc-pass/exclusive-cdc-pass';
import { QuickBooksCdcPass } from './use-cases/run-quickbooks-cdc-pass/quickbooks-cdc-pass';
import { QuickBooksCdcScheduler } from './use-cases/run-quickbooks-cdc-pass/quickbooks-cdc.scheduler';
import { RunQuickBooksCdcPassProcessor } from './use-cases/run-quickbooks-cdc-pass/run-quickbooks-cdc-pass.processor';
import { QuickBooksImportRunner } from './use-cases/run-quickbooks-import/quickbooks-import.runner';
import { RunQuickBooksImportProcessor } from './use-cases/run-quickbooks-import/run-quickbooks-import.processor';
import { StartQuickBooksImportHttpController } from './use-cases/start-quickbooks-import/start-quickbooks-import.http.controller';
import { StartQuickBooksImportHandler } from './use-cases/start-quickbooks-import/start-quickbooks-import.handler';
import { SyncQuickBooksEntityProcessor } from './use-cases/sync-quickbooks-entity/sync-quickbooks-entity.processor';

const handlers = [
  ConnectQuickBooksHandler,
  CompleteQuickBooksConnectionHandler,
  GetQuickBooksConnectionHandler,
  DisconnectQuickBooksHandler,
  GetConnectedCompanyHandler,
  ReceiveQuickBooksWebhookHandler,
  StartQuickBooksImportHandler,
  GetQuickBooksImportHandler,
  ListQuickBooksInvoiceYearsHandler,
  MarkInvoiceSentInQuickBooksHandler,
  RecordPaymentInQuickBooksHandler,
  BringQuickBooksUpToDateHandler,
];

/**
 * The Integration context: the QuickBooks connection, its API client, webhook and CDC intake, and
 * imports. The anti-corruption layer: QuickBooks JSON stops here; Contacts and Invoicing receive
 * their own commands.
 */
@Module({
  imports: [ConfigModule.forFeature(quickbooksConfig), registerQueues(QUICKBOOKS_QUEUE)],
  controllers: [
    ConnectQuickBooksHttpController,
    CompleteQuickBooksConnectionHttpController,
    GetQuickBooksConnectionHttpController,
    DisconnectQuickBooksHttpController,
    ReceiveQuickBooksWebhookHttpController,
    StartQuickBooksImportHttpController,
    GetQuickBooksImportHttpController,
    ListQuickBooksInvoiceYearsHttpController,
  ],
  providers: [
    ...handlers,
    ...QUICKBOOKS_API_PROVIDERS,
    TokenCipher,
    IntuitOAuthAdapter,
    ConnectionTokenSource,
    { provide: ACCESS_TOKEN_SOURCE, useExisting: ConnectionTokenSource },
    QuickBooksCompanies,
    QuickBooksCompanyReader,
    QuickBooksTaxContexts,
    QuickBooksCustomerContacts,
    OwnInvoiceWrites,
    OwnPaymentWrites,
    QuickBooksChangeApplier,
    QuickBooksWebhookHandler,
    MarkInvoiceSentInQuickBooksWhenInvoiceSentSaga,
    QuickBooksSentMarkWriter,
    QuickBooksPaymentReferences,
    QuickBooksPaymentWriter,
    QuickBooksCdcPass,
    CdcPassLease,
    ExclusiveCdcPass,
    QuickBooksImportRunner,
    ...workerOnly([
      QuickBooksCdcScheduler,
      ResumeStalledQuickBooksImports,
      SyncQuickBooksEntityProcessor,
      RunQuickBooksCdcPassProcessor,
      RunQuickBooksImportProcessor,
      MarkInvoiceSentInQuickBooksProcessor,
      RecordPaymentInQuickBooksProcessor,
    ]),
  ],
})
export class IntegrationModule {}
