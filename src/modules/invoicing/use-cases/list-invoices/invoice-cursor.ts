import { isUuid } from '../../../../../libs/ids';
import { InvoicingErrors } from '../../invoicing.errors';
import type { InvoiceSort } from './invoice-sort';

/** Where a page ended: the sort it was made with, the last row's sort key and its id. */
export interface InvoiceCursor {
  sort: InvoiceSort;
  key: string;
  id: string;
}

export function encodeInvoiceCursor(cursor: InvoiceCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id]), 'utf8').toString('base64url');
}

/** The cursor's position; one made for another sort, or not by this API, is a validation error. */
export function decodeInvoiceCursor(encoded: string, sort: InvoiceSort): InvoiceCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    throw InvoicingErrors.invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw InvoicingErrors.invalidCursor();
  const [cursorSort, key, id] = parsed as unknown[];
  const validKey = typeof key === 'string' && (/^\d{4}-\d{2}-\d{2}$/.test(key) || /^-?\d{1,19}$/.test(key));
  if (cursorSort !== sort || !validKey || typeof id !== 'string' || !isUuid(id)) {
    throw InvoicingErrors.invalidCursor();
  }
  return { sort, key, id };
}
