/** A value of a form-encoded Stripe request: strings, arrays and hashes, as the SDK nests them. */
export type FormValue = string | FormValue[] | FormHash;
export interface FormHash {
  [key: string]: FormValue;
}

function segmentsOf(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const segments = [key.slice(0, open)];
  for (const match of key.slice(open).matchAll(/\[([^\]]*)\]/g)) segments.push(match[1]);
  return segments;
}

function isIndex(segment: string): boolean {
  return segment === '' || /^\d+$/.test(segment);
}

function put(container: FormHash | FormValue[], segments: string[], value: string): void {
  const [head, ...rest] = segments;
  const slot = Array.isArray(container) ? (head === '' ? container.length : Number(head)) : head;
  const target = container as Record<string | number, FormValue>;
  if (rest.length === 0) {
    target[slot] = value;
    return;
  }
  const existing = target[slot];
  const child = typeof existing === 'object' ? existing : isIndex(rest[0]) ? [] : {};
  target[slot] = child;
  put(child, rest, value);
}

function compact(value: FormValue): FormValue {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compact);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, compact(item)]));
}

/**
 * Parses `application/x-www-form-urlencoded` the way Stripe reads it: `a[b][0][c]=x` nests,
 * numeric or empty brackets make arrays (`expand[]=x`, `line_items[0][quantity]=1`).
 */
export function parseStripeForm(raw: string): FormHash {
  const root: FormHash = {};
  for (const [key, value] of new URLSearchParams(raw)) put(root, segmentsOf(key), value);
  return compact(root) as FormHash;
}

/** The same parameters in a stable form, so two requests can be compared for idempotency. */
export function canonicalForm(form: FormHash): string {
  const sort = (value: FormValue): unknown => {
    if (typeof value === 'string' || Array.isArray(value)) return Array.isArray(value) ? value.map(sort) : value;
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sort(value[key])]),
    );
  };
  return JSON.stringify(sort(form));
}
