import { isUuid } from '../../../../../libs/ids';
import { PlatformErrors } from '../../../../platform/errors/platform.errors';

/** Where a page of conversations ended: the last one's activity time and id. */
export interface ConversationCursor {
  at: string;
  id: string;
}

export function encodeConversationCursor(cursor: ConversationCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id]), 'utf8').toString('base64url');
}

/** A cursor this endpoint did not make is a validation error, never a query. */
export function decodeConversationCursor(encoded: string): ConversationCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw invalid();
  const [at, id] = parsed as unknown[];
  if (typeof at !== 'string' || typeof id !== 'string' || !isUuid(id)) throw invalid();
  const date = new Date(at);
  if (Number.isNaN(date.getTime()) || date.toISOString() !== at) throw invalid();
  return { at, id };
}

function invalid() {
  return PlatformErrors.validationFailed([
    { field: 'cursor', message: 'cursor must be a nextCursor returned by this endpoint' },
  ]);
}
