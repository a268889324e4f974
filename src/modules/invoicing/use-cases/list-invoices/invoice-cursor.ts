import { isUuid } from '../../../../../libs/ids';
import { InvoicingErrors } from '../../invoicing.errors';
import { parseSort, type InvoiceSort, type SortField } from './invoice-sort';

/** Where a page ended: the sort it was made with, the last row's sort key and its id. */
export interface InvoiceCursor {
  sort: InvoiceSort;
  key: string;
  id: string;
}

export function encodeInvoiceCursor(cursor: InvoiceCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id]), 'utf8').toString('base64url');
}

/**
 * The cursor's position. One made for another sort, not by this API, or tampered with (a key its
 * column could not hold: an impossible date, a number beyond bigint) is a validation error, so no
 * cursor ever reaches the database with a value it would refuse.
 */
export function decodeInvoiceCursor(encoded: string, sort: InvoiceSort): InvoiceCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    throw InvoicingErrors.invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw InvoicingErrors.invalidCursor();
  const [cursorSort, key, id] = parsed as unknown[];
  const { field } = parseSort(sort);
  if (
    cursorSort !== sort ||
    typeof key !== 'string' ||
    !fitsColumn(field, key) ||
    typeof id !== 'string' ||
    !isUuid(id)
  ) {
    throw InvoicingErrors.invalidCursor();
  }
  return { sort, key, id };
}

const BIGINT_MIN = -(2n ** 63n);
const BIGINT_MAX = 2n ** 63n - 1n;

function fitsColumn(field: SortField, key: string): boolean {
  if (field === 'txnDate') return isCalendarDate(key);
  if (!/^-?\d{1,19}$/.test(key)) return false;
  const value = BigInt(key);
  return value >= BIGINT_MIN && value <= BIGINT_MAX;
}

/** A date PostgreSQL's `date` takes and means: YYYY-MM-DD, year 1 to 9999, a day the month has. */
function isCalendarDate(key: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(key) || key.startsWith('0000')) return false;
  const date = new Date(`${key}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === key;
}
