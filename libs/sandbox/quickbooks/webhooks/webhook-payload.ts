import { createHash, createHmac, randomUUID } from 'node:crypto';
import type { WebhookFormat } from '../sandbox-options';
import type { ChangeEvent, ChangeOperation } from './change-event';

const VERB: Record<ChangeOperation, string> = {
  Create: 'created',
  Update: 'updated',
  Delete: 'deleted',
  Void: 'voided',
  Merge: 'merged',
};

/** A change with the event id it keeps through retries and duplicates. */
export interface IdentifiedEvent extends ChangeEvent {
  eventId: string;
  occurredAt: string;
}

export function identify(event: ChangeEvent): IdentifiedEvent {
  return { ...event, eventId: randomUUID(), occurredAt: new Date().toISOString() };
}

/** Intuit's `source` is `intuit.` plus an opaque per-app value; the sandbox derives it from the client id. */
export function eventSource(clientId: string): string {
  return `intuit.${createHash('sha256').update(clientId).digest('base64')}`;
}

export function cloudEventsBody(events: readonly IdentifiedEvent[], source: string): unknown[] {
  return events.map((event) => ({
    specversion: '1.0',
    id: event.eventId,
    source,
    type: `qbo.${event.entity.toLowerCase()}.${VERB[event.operation]}.v1`,
    datacontenttype: 'application/json',
    time: event.occurredAt,
    intuitentityid: event.id,
    intuitaccountid: event.realmId,
    data: {},
  }));
}

/** The legacy envelope: one eventNotification per company, in the order the companies first appear. */
export function legacyBody(events: readonly IdentifiedEvent[]): unknown {
  const byRealm = new Map<string, IdentifiedEvent[]>();
  for (const event of events) byRealm.set(event.realmId, [...(byRealm.get(event.realmId) ?? []), event]);
  return {
    eventNotifications: [...byRealm].map(([realmId, realmEvents]) => ({
      realmId,
      dataChangeEvent: {
        entities: realmEvents.map((e) => ({
          name: e.entity,
          id: e.id,
          operation: e.operation,
          lastUpdated: e.lastUpdated,
        })),
      },
    })),
  };
}

export function contentType(format: WebhookFormat): string {
  return format === 'cloudevents' ? 'application/cloudevents-batch+json' : 'application/json; charset=utf-8';
}

/** `intuit-signature`: base64 of HMAC-SHA256 over the raw body, keyed with the app's verifier token. */
export function sign(body: string, verifierToken: string): string {
  return createHmac('sha256', verifierToken).update(body, 'utf8').digest('base64');
}
