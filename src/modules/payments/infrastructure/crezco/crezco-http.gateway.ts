import { Inject, Injectable } from '@nestjs/common';
import { crezcoAmount, crezcoOutcome, type CrezcoPayDemand } from '../../../../../libs/crezco';
import type { CrezcoUserDetails } from '../../domain/crezco-connection';
import type {
  BankPaymentSeen,
  BankRedirectRequest,
  CrezcoGateway,
  PayDemandRequest,
} from '../../domain/crezco-gateway.port';
import { CrezcoApiClient, CrezcoApiError } from './crezco-api.client';
import { crezcoConfig, type CrezcoConfig } from './crezco.config';

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The pay demand's id from either 201 body Crezco is known to answer. */
export function payDemandIdOf(body: CrezcoPayDemand | string | unknown): string | null {
  if (typeof body === 'string') return text(body);
  if (body && typeof body === 'object') return text((body as { payDemandId?: unknown }).payDemandId);
  return null;
}

/** Crezco through its HTTP API (CrezcoApiClient), each unverified detail from CREZCO_*. */
@Injectable()
export class CrezcoHttpGateway implements CrezcoGateway {
  readonly configured: boolean;
  readonly currencies: readonly string[];

  constructor(
    private readonly api: CrezcoApiClient,
    @Inject(crezcoConfig.KEY) private readonly config: CrezcoConfig,
  ) {
    this.configured = config.configured;
    this.currencies = config.currencies;
  }

  onboardingUrl(state: string): string {
    const redirect = new URL(this.config.redirectUri);
    redirect.searchParams.set('state', state);
    const url = new URL(this.config.onboardingUrl);
    url.searchParams.set('partner_id', this.config.partnerId);
    url.searchParams.set('redirect_uri', redirect.toString());
    return url.toString();
  }

  async describeUser(crezcoUserId: string): Promise<CrezcoUserDetails> {
    const user = await this.api.getUser(crezcoUserId);
    const names = [text(user.firstName), text(user.lastName)].filter(Boolean).join(' ');
    return { crezcoUserId, displayName: text(user.displayName) ?? (names || null) };
  }

  async createPayDemand(request: PayDemandRequest): Promise<{ payDemandId: string }> {
    const body = await this.api.createPayDemand(request.crezcoUserId, {
      request: {
        currency: request.currency,
        amount: crezcoAmount(request.amountMinor),
        reference: request.reference,
        useDefaultBeneficiaryAccount: true,
        metadata: {
          settleAttemptId: request.attemptId,
          accountId: request.accountId,
          invoiceId: request.invoiceId,
        },
      },
      idempotencyId: request.attemptId,
    });
    const payDemandId = payDemandIdOf(body);
    if (!payDemandId) throw new CrezcoApiError('create pay demand', 201, 'the answer named no pay demand');
    return { payDemandId };
  }

  async createRedirect(request: BankRedirectRequest): Promise<string> {
    const answer = await this.api.createRedirectPayment(request.crezcoUserId, request.payDemandId, {
      initialScreen: this.config.initialScreen,
      finalScreen: this.config.finalScreen,
      successCallbackUri: request.successUrl,
      failureCallbackUri: request.failureUrl,
      countryIso2Code: this.config.country,
    });
    const redirect = text(answer?.redirect);
    if (!redirect) throw new CrezcoApiError('create payment', 200, 'the answer had no redirect');
    return redirect;
  }

  async paymentsOf(payDemandId: string): Promise<BankPaymentSeen[]> {
    const payments = await this.api.payDemandPayments(payDemandId);
    if (!Array.isArray(payments)) throw new CrezcoApiError('list payments of pay demand', 200, 'not a list');
    return payments.flatMap((payment) => {
      const paymentId = text(payment?.id);
      return paymentId
        ? [{ paymentId, code: text(payment.status?.code) ?? 'Unknown', createdAt: text(payment.createdAt) }]
        : [];
    });
  }

  async paymentStatus(paymentId: string): Promise<string> {
    const status = await this.api.paymentStatus(paymentId);
    return text(status?.code) ?? 'Unknown';
  }

  outcomeOf(code: string) {
    return crezcoOutcome(code, this.config.completedStatus);
  }
}
