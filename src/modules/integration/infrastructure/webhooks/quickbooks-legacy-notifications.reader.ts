import { createHash } from 'node:crypto';
import { toIsoInstant } from '../mapping/quickbooks-time';
import type { QuickBooksChangeNotice } from './quickbooks-change-notice';
import type { ReadEntries } from './quickbooks-cloudevents.reader';
import { normaliseEntityName, normaliseOperation } from './quickbooks-entity-names';
import { noticeProblem } from './quickbooks-notice-checks';
import { isJsonObject, textField } from './webhook-json';

/**
 * The legacy payload: eventNotifications[].{realmId, dataChangeEvent.entities[].{name, id,
 * operation, lastUpdated, deletedId}}. Entries have no id of their own, so the key is a hash of
 * realm, entity, id, operation and lastUpdated: the same change delivered twice gets the same key.
 */
export function readLegacyNotifications(notifications: readonly unknown[]): ReadEntries {
  const result: ReadEntries = { notices: [], rejected: [] };
  notifications.forEach((notification, index) => {
    const position = `eventNotifications[${index}]`;
    if (!isJsonObject(notification)) {
      result.rejected.push({ position, reason: 'not a JSON object' });
      return;
    }
    const realmId = textField(notification, 'realmId');
    const change = notification.dataChangeEvent;
    const entities = isJsonObject(change) && Array.isArray(change.entities) ? change.entities : null;
    if (realmId === null || entities === null) {
      result.rejected.push({ position, reason: realmId === null ? 'no realmId' : 'no dataChangeEvent.entities' });
      return;
    }
    entities.forEach((entry: unknown, entryIndex) => {
      const entryPosition = `${position}.dataChangeEvent.entities[${entryIndex}]`;
      const notice = isJsonObject(entry) ? toNotice(realmId, entry) : 'not a JSON object';
      if (typeof notice === 'string') result.rejected.push({ position: entryPosition, reason: notice });
      else result.notices.push(notice);
    });
  });
  return result;
}

/** The notice, or why the entry cannot be one (or cannot be stored as one). */
function toNotice(realmId: string, entry: Record<string, unknown>): QuickBooksChangeNotice | string {
  const name = textField(entry, 'name');
  const entityId = textField(entry, 'id');
  const verb = textField(entry, 'operation');
  if (name === null) return 'no name (entity)';
  if (entityId === null) return 'no id';
  if (verb === null) return 'no operation';
  const entity = normaliseEntityName(name);
  const operation = normaliseOperation(verb);
  const lastUpdated = textField(entry, 'lastUpdated');
  const occurredAt = toIsoInstant(lastUpdated);
  const notice: QuickBooksChangeNotice = {
    eventKey: legacyEventKey([realmId, entity, entityId, operation, occurredAt ?? lastUpdated ?? '']),
    realmId,
    entity,
    entityId,
    operation,
    occurredAt,
  };
  const deletedId = textField(entry, 'deletedId');
  const read = operation === 'merged' && deletedId !== null ? { ...notice, mergedIntoId: entityId, deletedId } : notice;
  return noticeProblem(read) ?? read;
}

function legacyEventKey(parts: readonly string[]): string {
  return `legacy:${createHash('sha256').update(JSON.stringify(parts)).digest('hex')}`;
}
