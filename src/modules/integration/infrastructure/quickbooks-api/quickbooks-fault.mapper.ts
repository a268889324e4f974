import {
  QuickBooksFaultError,
  QuickBooksObjectNotFoundError,
  QuickBooksStaleObjectError,
} from '../../domain/quickbooks.errors';

/** An HTTP answer that was not a success, as the transport saw it. */
export interface QuickBooksFailedResponse {
  status: number;
  /** The answer's text (JSON, XML, HTML or nothing), or its JSON already parsed. */
  body: unknown;
  intuitTid: string | null;
}

interface ParsedFault {
  type: string | null;
  errors: { code: string | null; message: string; detail: string }[];
}

const STALE_OBJECT = '5010';
const OBJECT_NOT_FOUND = '610';
const MAX_TEXT = 500;
/** A prefix of a secret at least this long is redacted wherever it appears. */
const MIN_SECRET_PREFIX = 8;

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Reads a field as Intuit spells it in either case (`Fault`/`fault`, `Message`/`message`). */
function pick(source: Record<string, unknown>, name: string): unknown {
  return source[name] ?? source[name.charAt(0).toLowerCase() + name.slice(1)];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

function fromJson(body: Record<string, unknown>): ParsedFault | undefined {
  const fault = record(pick(body, 'Fault'));
  if (!fault) return undefined;
  const list = pick(fault, 'Error');
  const errors = (Array.isArray(list) ? list : [])
    .map(record)
    .filter((e): e is Record<string, unknown> => e !== undefined)
    .map((e) => ({
      code: pick(e, 'Code') === undefined ? null : text(pick(e, 'Code')),
      message: text(pick(e, 'Message')),
      detail: text(pick(e, 'Detail')),
    }));
  return { type: text(pick(fault, 'Type')) || null, errors };
}

function decodeXml(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** `<IntuitResponse><Fault type="..."><Error code="..."><Message/><Detail/></Error></Fault></IntuitResponse>`. */
function fromXml(body: string): ParsedFault | undefined {
  const fault = /<Fault\b([^>]*)>([\s\S]*?)<\/Fault>/i.exec(body);
  if (!fault) return undefined;
  const type = /\btype="([^"]*)"/i.exec(fault[1])?.[1] ?? null;
  const errors = [...fault[2].matchAll(/<Error\b([^>]*)>([\s\S]*?)<\/Error>/gi)].map(([, attributes, inner]) => ({
    code: /\bcode="([^"]*)"/i.exec(attributes)?.[1] ?? null,
    message: decodeXml(/<Message>([\s\S]*?)<\/Message>/i.exec(inner)?.[1] ?? ''),
    detail: decodeXml(/<Detail>([\s\S]*?)<\/Detail>/i.exec(inner)?.[1] ?? ''),
  }));
  return { type, errors };
}

function parseFault(body: unknown): ParsedFault | undefined {
  const object = record(body);
  if (object) return fromJson(object);
  if (typeof body !== 'string') return undefined;
  const trimmed = body.trim();
  if (trimmed.startsWith('{')) {
    try {
      return fromJson(record(JSON.parse(trimmed)) ?? {});
    } catch {
      return undefined;
    }
  }
  return trimmed.startsWith('<') ? fromXml(trimmed) : undefined;
}

function defaultFaultType(status: number): string {
  if (status === 401) return 'AuthenticationFault';
  if (status === 403) return 'AuthorizationFault';
  if (status === 429) return 'ThrottleExceeded';
  if (status >= 500) return 'SystemFault';
  return 'HttpError';
}

function plainDetail(body: unknown): string {
  const raw = typeof body === 'string' ? body : body === undefined || body === null ? '' : JSON.stringify(body);
  const squeezed = raw
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return squeezed.length > MAX_TEXT ? `${squeezed.slice(0, MAX_TEXT)}...` : squeezed || 'no body';
}

/** Removes any secret, or a prefix of one (QuickBooks quotes the start of a bad token), from a text. */
export function redactSecrets(value: string, secrets: readonly string[]): string {
  let result = value;
  for (const secret of secrets) {
    for (let length = secret.length; length >= MIN_SECRET_PREFIX; length -= 1) {
      const prefix = secret.slice(0, length);
      if (result.includes(prefix)) result = result.split(prefix).join('[redacted]');
    }
  }
  return result;
}

/**
 * Maps a failed answer to a typed error: 5010 → QuickBooksStaleObjectError, 610 →
 * QuickBooksObjectNotFoundError, anything else → QuickBooksFaultError. Never throws on a body that
 * is not a Fault (XML, HTML, plain text, empty).
 */
export function mapQuickBooksFault(
  response: QuickBooksFailedResponse,
  operation: string,
  secrets: readonly string[] = [],
): QuickBooksFaultError {
  const parsed = parseFault(response.body);
  const errors = parsed?.errors ?? [];
  const faultType = parsed?.type ?? defaultFaultType(response.status);
  const described = errors
    .map((e) => [e.message, e.detail].filter((part) => part !== '').join(': '))
    .filter((line) => line !== '');
  const detail = redactSecrets(described.length > 0 ? described.join('; ') : plainDetail(response.body), secrets);
  const codes = errors.map((e) => e.code).filter((code): code is string => code !== null && code !== '');
  const { status, intuitTid } = response;
  if (codes.includes(STALE_OBJECT))
    return new QuickBooksStaleObjectError(status, faultType, STALE_OBJECT, detail, intuitTid, operation);
  if (codes.includes(OBJECT_NOT_FOUND))
    return new QuickBooksObjectNotFoundError(status, faultType, OBJECT_NOT_FOUND, detail, intuitTid, operation);
  return new QuickBooksFaultError(status, faultType, codes[0] ?? null, detail, intuitTid, operation);
}

/** A read answered `{"status": "Deleted"}`: the object is gone, as a 610 would say. */
export function deletedObjectError(operation: string, intuitTid: string | null): QuickBooksObjectNotFoundError {
  return new QuickBooksObjectNotFoundError(200, 'Deleted', null, 'The object has been deleted', intuitTid, operation);
}
