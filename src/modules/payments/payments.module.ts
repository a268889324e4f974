import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { CREZCO_GATEWAY } from './domain/crezco-gateway.port';
import { CrezcoApiClient } from './infrastructure/crezco/crezco-api.client';
import { CrezcoHttpGateway } from './infrastructure/crezco/crezco-http.gateway';
import { crezcoConfig } from './infrastructure/crezco/crezco.config';
import { PAYMENTS_QUEUE } from './infrastructure/payments.jobs';
import { registerQueues } from '../../platform/queue/queue-registration';
import { workerOnly } from '../../platform/queue/role';
import { BankPaymentCheck } from './use-cases/check-bank-payment/bank-payment-check';
import { CheckBankPaymentProcessor } from './use-cases/check-bank-payment/check-bank-payment.processor';
import { CrezcoEventWebhookHandler } from './use-cases/check-bank-payment/crezco-event.webhook-handler';
import { OpenBankAttemptsPass } from './use-cases/check-bank-payment/open-bank-attempts.pass';
import { CompleteCrezcoConnectionHandler } from './use-cases/complete-crezco-connection/complete-crezco-connection.handler';
import { CompleteCrezcoConnectionHttpController } from './use-cases/complete-crezco-connection/complete-crezco-connection.http.controller';
import { ConnectCrezcoHandler } from './use-cases/connect-crezco/connect-crezco.handler';
import { ConnectCrezcoHttpController } from './use-cases/connect-crezco/connect-crezco.http.controller';
import { DisconnectCrezcoHandler } from './use-cases/disconnect-crezco/disconnect-crezco.handler';
import { DisconnectCrezcoHttpController } from './use-cases/disconnect-crezco/disconnect-crezco.http.controller';
import { GetCrezcoConnectionHandler } from './use-cases/get-crezco-connection/get-crezco-connection.handler';
import { GetCrezcoConnectionHttpController } from './use-cases/get-crezco-connection/get-crezco-connection.http.controller';
import { ReceiveCrezcoWebhookHandler } from './use-cases/receive-crezco-webhook/receive-crezco-webhook.handler';
import { ReceiveCrezcoWebhookHttpController } from './use-cases/receive-crezco-webhook/receive-crezco-webhook.http.controller';
import { BankCheckout } from './use-cases/start-checkout/bank-checkout';
import { STRIPE_GATEWAY } from './domain/stripe-gateway.port';
import { paymentsConfig } from './infrastructure/payments.config';
import { StripeSdkGateway } from './infrastructure/stripe/stripe-sdk.gateway';
import { NoteQuickBooksFailureWhenPaymentFailedSaga } from './sagas/note-quickbooks-failure-when-payment-failed.saga';
import { NoteQuickBooksPaymentWhenRecordedSaga } from './sagas/note-quickbooks-payment-when-recorded.saga';
import { PaymentSaga } from './sagas/payment.saga';
import { RetryQuickBooksPaymentsWhenQuickBooksConnectedSaga } from './sagas/retry-quickbooks-payments-when-quickbooks-connected.saga';
import { StripeEventWebhookHandler } from './use-cases/apply-stripe-event/stripe-event.webhook-handler';
import { CompleteStripeConnectionHandler } from './use-cases/complete-stripe-connection/complete-stripe-connection.handler';
import { CompleteStripeConnectionHttpController } from './use-cases/complete-stripe-connection/complete-stripe-connection.http.controller';
import { ConnectStripeHandler } from './use-cases/connect-stripe/connect-stripe.handler';
import { ConnectStripeHttpController } from './use-cases/connect-stripe/connect-stripe.http.controller';
import { DisconnectStripeHandler } from './use-cases/disconnect-stripe/disconnect-stripe.handler';
import { DisconnectStripeHttpController } from './use-cases/disconnect-stripe/disconnect-stripe.http.controller';
import { GetInvoicePaymentStateHandler } from './use-cases/get-invoice-payment-state/get-invoice-payment-state.handler';
import { GetPaymentOptionsHandler } from './use-cases/get-payment-options/get-payment-options.handler';
import { GetPaymentHandler } from './use-cases/get-payment/get-payment.handler';
import { GetPaymentHttpController } from './use-cases/get-payment/get-payment.http.controller';
import { GetStripeConnectionHandler } from './use-cases/get-stripe-connection/get-stripe-connection.handler';
import { GetStripeConnectionHttpController } from './use-cases/get-stripe-connection/get-stripe-connection.http.controller';
import { ListPaymentsHandler } from './use-cases/list-payments/list-payments.handler';
import { ListPaymentsHttpController } from './use-cases/list-payments/list-payments.http.controller';
import { NotePaymentAppliedHandler } from './use-cases/note-payment-applied/note-payment-applied.handler';
import { NoteQuickBooksOutcomeHandler } from './use-cases/note-quickbooks-outcome/note-quickbooks-outcome.handler';
import { ReceiveStripeWebhookHandler } from './use-cases/receive-stripe-webhook/receive-stripe-webhook.handler';
import { ReceiveStripeWebhookHttpController } from './use-cases/receive-stripe-webhook/receive-stripe-webhook.http.controller';
import { RecordManualPaymentHandler } from './use-cases/record-manual-payment/record-manual-payment.handler';
import { RecordManualPaymentHttpController } from './use-cases/record-manual-payment/record-manual-payment.http.controller';
import { RetryFailedQuickBooksPaymentsHandler } from './use-cases/retry-failed-quickbooks-payments/retry-failed-quickbooks-payments.handler';
import { RetryQuickBooksHandler } from './use-cases/retry-quickbooks/retry-quickbooks.handler';
import { RetryQuickBooksHttpController } from './use-cases/retry-quickbooks/retry-quickbooks.http.controller';
import { StartCheckoutHandler } from './use-cases/start-checkout/start-checkout.handler';

const handlers = [
  ConnectStripeHandler,
  CompleteStripeConnectionHandler,
  GetStripeConnectionHandler,
  DisconnectStripeHandler,
  StartCheckoutHandler,
  GetPaymentOptionsHandler,
  GetInvoicePaymentStateHandler,
  ReceiveStripeWebhookHandler,
  RecordManualPaymentHandler,
  NotePaymentAppliedHandler,
  NoteQuickBooksOutcomeHandler,
  RetryQuickBooksHandler,
  RetryFailedQuickBooksPaymentsHandler,
  ListPaymentsHandler,
  GetPaymentHandler,
  ConnectCrezcoHandler,
  CompleteCrezcoConnectionHandler,
  GetCrezcoConnectionHandler,
  DisconnectCrezcoHandler,
  ReceiveCrezcoWebhookHandler,
];

/**
 * The Payments context: the business's Stripe and Crezco connections, payment attempts and payments,
 * Stripe's and Crezco's webhooks (and the poll of open bank payments), and the payment saga across
 * Invoicing and Integration.
 */
@Module({
  imports: [
    ConfigModule.forFeature(paymentsConfig),
    ConfigModule.forFeature(crezcoConfig),
    registerQueues(PAYMENTS_QUEUE),
  ],
  controllers: [
    ConnectStripeHttpController,
    CompleteStripeConnectionHttpController,
    GetStripeConnectionHttpController,
    DisconnectStripeHttpController,
    ReceiveStripeWebhookHttpController,
    RecordManualPaymentHttpController,
    ListPaymentsHttpController,
    GetPaymentHttpController,
    RetryQuickBooksHttpController,
    ConnectCrezcoHttpController,
    CompleteCrezcoConnectionHttpController,
    GetCrezcoConnectionHttpController,
    DisconnectCrezcoHttpController,
    ReceiveCrezcoWebhookHttpController,
  ],
  providers: [
    ...handlers,
    { provide: STRIPE_GATEWAY, useClass: StripeSdkGateway },
    StripeEventWebhookHandler,
    CrezcoApiClient,
    { provide: CREZCO_GATEWAY, useClass: CrezcoHttpGateway },
    BankCheckout,
    BankPaymentCheck,
    CrezcoEventWebhookHandler,
    ...workerOnly([OpenBankAttemptsPass, CheckBankPaymentProcessor]),
    PaymentSaga,
    NoteQuickBooksPaymentWhenRecordedSaga,
    NoteQuickBooksFailureWhenPaymentFailedSaga,
    RetryQuickBooksPaymentsWhenQuickBooksConnectedSaga,
  ],
})
export class PaymentsModule {}
