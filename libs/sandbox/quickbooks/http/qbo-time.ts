/** `time` of an answer envelope: ISO 8601 with milliseconds and an explicit offset, as QuickBooks writes it. */
export function qboTime(at: Date = new Date()): string {
  return at.toISOString().replace('Z', '+00:00');
}

/** MetaData times carry seconds, no milliseconds, and an offset. */
export function metaDataTime(at: Date = new Date()): string {
  return at.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}
