import type { TableMappings } from '../../platform/database/mikro-orm.config';
import { CrezcoConnectionSchema } from './infrastructure/persistence/crezco-connection.schema';
import { CrezcoOnboardingStateSchema } from './infrastructure/persistence/crezco-onboarding-state.schema';
import { PaymentAttemptSchema } from './infrastructure/persistence/payment-attempt.schema';
import { PaymentSchema } from './infrastructure/persistence/payment.schema';
import { StripeConnectionSchema } from './infrastructure/persistence/stripe-connection.schema';
import { StripeOAuthStateSchema } from './infrastructure/persistence/stripe-oauth-state.schema';

/** The tables Payments owns. */
export const PAYMENTS_TABLES: TableMappings = [
  StripeConnectionSchema,
  StripeOAuthStateSchema,
  PaymentAttemptSchema,
  PaymentSchema,
  CrezcoConnectionSchema,
  CrezcoOnboardingStateSchema,
];
