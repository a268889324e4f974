/** `2020-01-01 12:00:00` (UTC), the `message-timestamp` form Vonage's docs show. */
export function messageTimestamp(at: Date = new Date()): string {
  return at.toISOString().slice(0, 19).replace('T', ' ');
}

/** The carrier's `scts`, YYMMDDHHMM (UTC). */
export function scts(at: Date = new Date()): string {
  const iso = at.toISOString();
  return `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

/** The fields whose value is set, as the string map a webhook carries. */
export function wireFields(fields: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
