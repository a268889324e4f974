import type { Literal } from './query-ast';

/**
 * Reads a field by a dotted path, matching names case-insensitively as QuickBooks does. A
 * reference (`CustomerRef`) compares by its `value`.
 */
export function fieldValue(row: Record<string, unknown>, path: string): unknown {
  let current: unknown = row;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    const record = current as Record<string, unknown>;
    const key = part in record ? part : Object.keys(record).find((k) => k.toLowerCase() === part.toLowerCase());
    current = key === undefined ? undefined : record[key];
  }
  if (current !== null && typeof current === 'object' && 'value' in current) {
    return (current as { value: unknown }).value;
  }
  return current;
}

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;
const NUMERIC = /^-?\d+(\.\d+)?$/;

/** Compares a stored value with a query literal: numbers, booleans, dates and times, or text ignoring case. */
export function compareValues(stored: unknown, literal: Literal): number | undefined {
  if (stored === undefined || stored === null) return undefined;
  if (typeof stored === 'number') {
    const n = Number(literal);
    return Number.isNaN(n) ? undefined : stored - n;
  }
  if (typeof stored === 'boolean') {
    const b = typeof literal === 'boolean' ? literal : String(literal).toLowerCase() === 'true';
    return Number(stored) - Number(b);
  }
  if (typeof stored !== 'string') return undefined;
  const text = String(literal);
  if (NUMERIC.test(stored) && NUMERIC.test(text)) return Number(stored) - Number(text);
  if (DATE_LIKE.test(stored) && DATE_LIKE.test(text)) {
    const a = Date.parse(stored);
    const b = Date.parse(text);
    if (!Number.isNaN(a) && !Number.isNaN(b)) return a - b;
  }
  const a = stored.toLowerCase();
  const b = text.toLowerCase();
  return a < b ? -1 : a > b ? 1 : 0;
}

/** LIKE with `%` as the only wildcard, ignoring case. */
export function likeMatcher(pattern: string): (value: unknown) => boolean {
  const escaped = pattern
    .split('%')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  const regex = new RegExp(`^${escaped}$`, 'is');
  return (value) => typeof value === 'string' && regex.test(value);
}
