import type { FormHash, FormValue } from './form-body';
import { stripeErrors } from './stripe-error';

/** Refuses any parameter Stripe would not know here, as `parameter_unknown`. */
export function onlyKnown(form: FormHash, known: readonly string[], prefix = ''): void {
  for (const key of Object.keys(form)) {
    if (!known.includes(key)) throw stripeErrors.parameterUnknown(prefix ? `${prefix}[${key}]` : key);
  }
}

export function optionalString(value: FormValue | undefined, param: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw stripeErrors.invalidParam(param, `Invalid string: ${param} must be a string.`);
  return value;
}

export function requiredString(value: FormValue | undefined, param: string): string {
  const text = optionalString(value, param);
  if (text === undefined || text === '') throw stripeErrors.parameterMissing(param);
  return text;
}

export function optionalInteger(value: FormValue | undefined, param: string): number | undefined {
  const text = optionalString(value, param);
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text))
    throw stripeErrors.invalidParam(param, `Invalid integer: ${text}`, 'parameter_invalid_integer');
  return Number(text);
}

export function optionalHash(value: FormValue | undefined, param: string): FormHash | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'object' || Array.isArray(value))
    throw stripeErrors.invalidParam(param, `Invalid hash: ${param} must be a hash.`);
  return value;
}

export function optionalArray(value: FormValue | undefined, param: string): FormValue[] | undefined {
  if (value === undefined || value === '') return undefined;
  if (!Array.isArray(value)) throw stripeErrors.invalidParam(param, `Invalid array: ${param} must be an array.`);
  return value;
}

export function stringArray(value: FormValue | undefined, param: string): string[] {
  return (optionalArray(value, param) ?? []).map((item, index) => requiredString(item, `${param}[${index}]`));
}

/** Metadata as Stripe limits it: ≤ 50 keys, keys ≤ 40 characters without brackets, values ≤ 500. */
export function metadataOf(value: FormValue | undefined, param: string): Record<string, string> {
  const hash = optionalHash(value, param) ?? {};
  const entries = Object.entries(hash);
  if (entries.length > 50) throw stripeErrors.invalidParam(param, 'You can have at most 50 keys in metadata.');
  const metadata: Record<string, string> = {};
  for (const [key, item] of entries) {
    const itemParam = `${param}[${key}]`;
    if (key.length > 40 || /[[\]]/.test(key))
      throw stripeErrors.invalidParam(
        itemParam,
        `Metadata keys can be at most 40 characters and cannot contain brackets: ${key}`,
      );
    const text = optionalString(item, itemParam) ?? '';
    if (text.length > 500)
      throw stripeErrors.invalidParam(
        itemParam,
        'Metadata values can have up to 500 characters, but you passed in a value that is longer.',
      );
    if (text !== '') metadata[key] = text;
  }
  return metadata;
}

/** `expand[]` of a request, each path checked against what this endpoint can expand. */
export function expandOf(form: FormHash, expandable: readonly string[]): string[] {
  const paths = stringArray(form.expand, 'expand');
  for (const path of paths) {
    if (!expandable.includes(path))
      throw stripeErrors.invalidParam('expand', `This property cannot be expanded (${path}).`);
  }
  return paths;
}
