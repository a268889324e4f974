/** A stored first answer to an idempotent request. */
export interface StoredAnswer {
  /** Method, path and canonical parameters of the first request. */
  fingerprint: string;
  status: number;
  body: unknown;
  storedAtMs: number;
}

/** Stripe prunes keys once they are at least 24 hours old. */
const KEY_TTL_MS = 24 * 60 * 60 * 1000;

/** Answers by (account, Idempotency-Key): Stripe scopes keys to the account the request acts on. */
export class IdempotencyStore {
  private readonly answers = new Map<string, StoredAnswer>();

  get(accountId: string, key: string): StoredAnswer | undefined {
    const answer = this.answers.get(`${accountId} ${key}`);
    if (answer && Date.now() - answer.storedAtMs > KEY_TTL_MS) {
      this.answers.delete(`${accountId} ${key}`);
      return undefined;
    }
    return answer;
  }

  put(accountId: string, key: string, answer: Omit<StoredAnswer, 'storedAtMs'>): void {
    this.answers.set(`${accountId} ${key}`, { ...answer, storedAtMs: Date.now() });
  }

  /** Ages every stored key past the 24 h pruning, as a test of reuse after pruning needs. */
  pruneAll(): void {
    this.answers.clear();
  }

  clear(): void {
    this.answers.clear();
  }
}
