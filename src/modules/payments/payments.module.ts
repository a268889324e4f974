import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
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
];

/**
 * The Payments context: the business's Stripe connection, payment attempts and payments, Stripe's
 * webhook, and the payment saga across Invoicing and Integration.
 */
@Module({
  imports: [ConfigModule.forFeature(paymentsConfig)],
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
  ],
  providers: [
    ...handlers,
    { provide: STRIPE_GATEWAY, useClass: StripeSdkGateway },
    StripeEventWebhookHandler,
    PaymentSaga,
    NoteQuickBooksPaymentWhenRecordedSaga,
    NoteQuickBooksFailureWhenPaymentFailedSaga,
    RetryQuickBooksPaymentsWhenQuickBooksConnectedSaga,
  ],
})
export class PaymentsModule {}
