import { CHANGE_NOTICE_LIMITS } from '../../domain/quickbooks-change-notice.record';
import type { QuickBooksChangeNotice } from './quickbooks-change-notice';

/** Ids (event, entity) are printable ASCII without spaces: no control characters, no NUL bytes. */
const ID = /^[\x21-\x7e]+$/;
const ENTITY_NAME = /^[A-Za-z]+$/;
const OPERATION = /^[a-z_]+$/;

/**
 * Why a notice read from a delivery cannot be stored as it is (a text longer than its column, an
 * id or realm id holding spaces, control characters or NUL bytes, an odd entity name...), or null when it can. Such a
 * notice is rejected on its own; the others of its delivery are still recorded.
 */
export function noticeProblem(notice: QuickBooksChangeNotice): string | null {
  const checks: [string, string | undefined, RegExp, number][] = [
    ['event id', notice.eventKey, ID, CHANGE_NOTICE_LIMITS.eventKey],
    ['realm id', notice.realmId, ID, CHANGE_NOTICE_LIMITS.realmId],
    ['entity name', notice.entity, ENTITY_NAME, CHANGE_NOTICE_LIMITS.entity],
    ['entity id', notice.entityId, ID, CHANGE_NOTICE_LIMITS.entityId],
    ['operation', notice.operation, OPERATION, CHANGE_NOTICE_LIMITS.operation],
    ['merged-away id', notice.deletedId, ID, CHANGE_NOTICE_LIMITS.entityId],
  ];
  for (const [what, value, pattern, limit] of checks) {
    if (value === undefined) continue;
    if (value.length > limit) return `${what} is longer than ${limit} characters`;
    if (!pattern.test(value)) return `${what} ${JSON.stringify(value.slice(0, 80))} is not a valid ${what}`;
  }
  return null;
}
