import { randomUUID } from 'node:crypto';
import type { CrezcoWebhookEventType, CrezcoWebhookRegistration } from '../../../crezco';

export interface Subscription extends CrezcoWebhookRegistration {
  id: string;
}

/** Webhooks registered with `POST /v1/webhooks`: unique per (type, eventType, callback) (V). */
export class Subscriptions {
  private readonly byId = new Map<string, Subscription>();

  add(registration: CrezcoWebhookRegistration): Subscription | undefined {
    const same = this.all().find(
      (s) =>
        s.type === registration.type && s.eventType === registration.eventType && s.callback === registration.callback,
    );
    if (same) return undefined;
    const subscription = { id: randomUUID(), ...registration };
    this.byId.set(subscription.id, subscription);
    return subscription;
  }

  remove(id: string): boolean {
    return this.byId.delete(id);
  }

  all(): Subscription[] {
    return [...this.byId.values()];
  }

  /** The callbacks an event of this type goes to (PaymentAll takes every one), each once. */
  callbacksFor(eventType: string): string[] {
    const urls = this.all()
      .filter((s) => s.eventType === 'PaymentAll' || s.eventType === (eventType as CrezcoWebhookEventType))
      .map((s) => s.callback);
    return [...new Set(urls)];
  }

  clear(): void {
    this.byId.clear();
  }
}
