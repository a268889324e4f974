/** A character an element escapes; looked for first, as most elements hold none and replace costs more. */
const NEEDS_ESCAPE = /[\\"]/;
const ESCAPED = new RegExp(NEEDS_ESCAPE.source, 'g');

/**
 * A text array as PostgreSQL reads one (`{"a","b",NULL}`): how Settle's queries pass an array
 * parameter (`$1::text[]`). pg makes the same text of a JavaScript array, but builds it a piece at
 * a time and escapes every element with two regular expressions: about 4 MB of short-lived strings
 * and 3–6 ms of CPU for the ten pages of a 10,000-customer import's lookups. Every element is
 * quoted, as pg quotes them, so an empty string or the text NULL stays text; null is NULL. When no
 * element is null or needs escaping (ids, numbers, emails), one `join` makes the whole text.
 */
export function textArray(values: readonly (string | null)[]): string {
  if (values.length === 0) return '{}';
  if (values.every(isPlain)) return `{"${values.join('","')}"}`;
  return `{${values.map(element).join(',')}}`;
}

function isPlain(value: string | null): value is string {
  return value !== null && !NEEDS_ESCAPE.test(value);
}

function element(value: string | null): string {
  if (value === null) return 'NULL';
  return `"${NEEDS_ESCAPE.test(value) ? value.replace(ESCAPED, '\\$&') : value}"`;
}
