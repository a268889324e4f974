import { toIsoInstant } from '../mapping/quickbooks-time';
import type { QuickBooksChangeNotice, RejectedChangeEntry } from './quickbooks-change-notice';
import { normaliseEntityName, normaliseOperation } from './quickbooks-entity-names';
import { noticeProblem } from './quickbooks-notice-checks';
import { isJsonObject, textField } from './webhook-json';

/** `qbo.<entity>.<operation>.v<n>`, e.g. qbo.invoice.updated.v1. */
const EVENT_TYPE = /^qbo\.([a-z]+)\.([a-z_]+)\.v\d+$/i;

export interface ReadEntries {
  notices: QuickBooksChangeNotice[];
  rejected: RejectedChangeEntry[];
}

/**
 * CloudEvents 1.0 as Intuit sends them: id, type `qbo.<entity>.<operation>.v1`, time,
 * intuitaccountid (realm), intuitentityid, and for a merge `data.deletedid`. An event without id,
 * realm, entity id or a readable type, or with one that cannot be stored (see noticeProblem), is
 * rejected; the others are read.
 */
export function readCloudEvents(events: readonly unknown[]): ReadEntries {
  const result: ReadEntries = { notices: [], rejected: [] };
  events.forEach((event, index) => {
    const position = `[${index}]`;
    if (!isJsonObject(event)) {
      result.rejected.push({ position, reason: 'not a JSON object' });
      return;
    }
    const eventId = textField(event, 'id');
    const reject = (reason: string): void => {
      result.rejected.push(eventId === null ? { position, reason } : { position, reason, eventId });
    };
    const type = EVENT_TYPE.exec(textField(event, 'type') ?? '');
    const realmId = textField(event, 'intuitaccountid');
    const entityId = textField(event, 'intuitentityid');
    if (eventId === null) return reject('no id');
    if (type === null) return reject(`type ${JSON.stringify(event.type)} is not qbo.<entity>.<operation>.v<n>`);
    if (realmId === null) return reject('no intuitaccountid (realm id)');
    if (entityId === null) return reject('no intuitentityid (entity id)');
    const notice: QuickBooksChangeNotice = {
      eventKey: eventId,
      realmId,
      entity: normaliseEntityName(type[1]),
      entityId,
      operation: normaliseOperation(type[2]),
      occurredAt: toIsoInstant(event.time),
    };
    const deletedId = notice.operation === 'merged' ? mergedAwayId(event.data) : null;
    const read = deletedId === null ? notice : { ...notice, mergedIntoId: entityId, deletedId };
    const problem = noticeProblem(read);
    if (problem !== null) return reject(problem);
    result.notices.push(read);
  });
  return result;
}

/** A merge names the entity merged away in `data.deletedid` (lower case in Intuit's sample; either case read). */
function mergedAwayId(data: unknown): string | null {
  if (!isJsonObject(data)) return null;
  return textField(data, 'deletedid') ?? textField(data, 'deletedId');
}
