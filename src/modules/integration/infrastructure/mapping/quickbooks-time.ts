/** "2015-07-24T10:33:39-07:00": what QuickBooks writes in every answer. */
const QUICKBOOKS_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A QuickBooks timestamp as an ISO 8601 instant in UTC: "2015-07-24T10:33:39-07:00" →
 * "2015-07-24T17:33:39.000Z". Accepts the offsets QuickBooks writes ("-07:00", and "-0700" in legacy
 * webhooks) and "Z"; a time without any offset is read as UTC so that the result never depends on
 * the server's time zone. Anything else → null.
 */
export function toIsoInstant(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // The form QuickBooks writes is one Date.parse reads as it is: no need to take it apart.
  if (QUICKBOOKS_DATE_TIME.test(value)) return isoInstantOf(Date.parse(value));
  const match = DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [, localPart, zone = 'Z'] = match;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return isoInstantOf(Date.parse(`${localPart}${offset}`));
}

function isoInstantOf(time: number): string | null {
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
