import { randomBytes, randomUUID } from 'node:crypto';
import type { CrezcoPayDemand, CrezcoPayDemandRequest, CrezcoUser } from '../../../crezco';
import { crezcoErrors } from '../http/crezco-error';

export interface PayDemandRecord {
  demand: CrezcoPayDemand;
  userId: string;
  idempotencyId: string;
  /** The hosted journey `paymentUri` opens. */
  journeyId: string;
  deleted: boolean;
  createdAt: string;
}

/** The outcome of a create: a new demand, or the one an earlier request with the same idempotency id made. */
export interface Created {
  record: PayDemandRecord;
  replayed: boolean;
}

/** A token like the one in Crezco's sample `paymentUri` (22 url-safe characters). */
export function journeyToken(): string {
  return randomBytes(16).toString('base64url');
}

/** Pay demands by id, and by (user, idempotency id) with the request that first used it. */
export class PayDemands {
  private readonly byId = new Map<string, PayDemandRecord>();
  private readonly byIdempotency = new Map<string, { fingerprint: string; payDemandId: string }>();

  create(
    user: CrezcoUser,
    body: CrezcoPayDemandRequest,
    paymentUri: (journeyId: string) => string,
    conflict: 'reject' | 'replay',
  ): Created {
    const key = `${user.id}:${body.idempotencyId}`;
    const fingerprint = JSON.stringify(body.request);
    const earlier = this.byIdempotency.get(key);
    if (earlier) {
      if (earlier.fingerprint !== fingerprint && conflict === 'reject') {
        throw crezcoErrors.conflict(`idempotencyId ${body.idempotencyId} was already used with a different request.`);
      }
      return { record: this.byId.get(earlier.payDemandId) as PayDemandRecord, replayed: true };
    }
    const journeyId = journeyToken();
    const demand: CrezcoPayDemand = {
      payDemandId: randomUUID(),
      payeeName: user.displayName,
      reference: body.request.reference,
      currency: body.request.currency,
      amount: body.request.amount,
      paymentUri: paymentUri(journeyId),
      metadata: { ...body.request.metadata },
      ...(body.request.dueDate ? { dueDate: body.request.dueDate } : {}),
    };
    const record: PayDemandRecord = {
      demand,
      userId: user.id,
      idempotencyId: body.idempotencyId,
      journeyId,
      deleted: false,
      createdAt: new Date().toISOString(),
    };
    this.byId.set(demand.payDemandId, record);
    this.byIdempotency.set(key, { fingerprint, payDemandId: demand.payDemandId });
    return { record, replayed: false };
  }

  /** A live demand (not deleted). */
  find(id: string): PayDemandRecord | undefined {
    const record = this.byId.get(id);
    return record && !record.deleted ? record : undefined;
  }

  /** Any demand ever made, deleted ones included (the payer's pages say it is gone). */
  findAny(id: string): PayDemandRecord | undefined {
    return this.byId.get(id);
  }

  ofUser(userId: string): PayDemandRecord[] {
    return this.all().filter((record) => record.userId === userId && !record.deleted);
  }

  all(): PayDemandRecord[] {
    return [...this.byId.values()];
  }

  clear(): void {
    this.byId.clear();
    this.byIdempotency.clear();
  }
}
