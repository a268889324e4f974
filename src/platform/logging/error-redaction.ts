import { maskEmail } from './redaction';
import { storableText } from '../database/storable-text';

/** What a log line or a job's failure record keeps of an error: no values a user gave us. */
export interface RedactedError {
  type: string;
  message: string;
  stack?: string;
  code?: string;
  table?: string;
  constraint?: string;
  column?: string;
  cause?: RedactedError;
}

/** The fields PostgreSQL's driver puts on its errors (MikroORM's exceptions copy them). */
interface DatabaseErrorFields {
  code: string;
  table?: string;
  constraint?: string;
  column?: string;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
const MAX_CAUSES = 3;
/** What describeError made: a second pass (the filter's, then the log serializer's) keeps it as it is. */
const alreadyDescribed = new WeakSet<RedactedError>();

/**
 * A database error says its SQLSTATE, table, constraint and column, never its message: the driver
 * writes the whole statement with its values into it (emails, names, password and API-key hashes),
 * and the `detail` repeats the offending value. Any other error keeps its message and stack with
 * anything that looks like a statement, an email or a hash taken out.
 */
export function describeError(error: unknown, depth = 0): RedactedError {
  if (typeof error === 'object' && error !== null && alreadyDescribed.has(error as RedactedError)) {
    return error as RedactedError;
  }
  const described = describeOnce(error, depth);
  alreadyDescribed.add(described);
  return described;
}

function describeOnce(error: unknown, depth: number): RedactedError {
  if (!isErrorLike(error)) return { type: typeof error, message: scrubText(String(error)) };
  const { name, message, stack, cause } = error;
  const madeBy = (error as { constructor?: { name?: string } }).constructor?.name;
  const type = madeBy && madeBy !== 'Object' ? madeBy : (name ?? 'Error');
  const described = isDatabaseError(error)
    ? describeDatabaseError(type, error, stack)
    : {
        type,
        message: scrubText(String(message)),
        ...(stack ? { stack: scrubText(stack) } : {}),
        ...codeOf(error),
      };
  if (cause !== undefined && depth < MAX_CAUSES) return { ...described, cause: describeError(cause, depth + 1) };
  return described;
}

/**
 * The error a job's processor throws, as Bull should store it (`failedReason`, `stacktrace`):
 * the same name, a redacted message and stack, and no properties or cause that carry values.
 */
export function redactError(error: unknown): Error {
  const described = describeError(error);
  const redacted = new Error(described.message);
  redacted.name = described.type;
  redacted.stack = described.stack ?? `${described.type}: ${described.message}`;
  return redacted;
}

function describeDatabaseError(type: string, error: DatabaseErrorFields, stack?: string): RedactedError {
  const where = [
    error.table && `table ${error.table}`,
    error.constraint && `constraint ${error.constraint}`,
    error.column && `column ${error.column}`,
  ].filter(Boolean);
  const message = `Database error ${error.code}${where.length > 0 ? ` (${where.join(', ')})` : ''}`;
  return {
    type,
    message,
    code: error.code,
    ...(error.table ? { table: error.table } : {}),
    ...(error.constraint ? { constraint: error.constraint } : {}),
    ...(error.column ? { column: error.column } : {}),
    ...(stack ? { stack: [`${type}: ${message}`, ...framesOf(stack)].join('\n') } : {}),
  };
}

function isErrorLike(value: unknown): value is Error {
  if (value instanceof Error) return true;
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}

function isDatabaseError(error: object): error is DatabaseErrorFields {
  const { code, routine, severity } = error as { code?: unknown; routine?: unknown; severity?: unknown };
  return typeof code === 'string' && SQLSTATE.test(code) && (routine !== undefined || severity !== undefined);
}

function codeOf(error: object): { code?: string } {
  const { code } = error as { code?: unknown };
  return typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {};
}

/** The "    at ..." lines of a stack: where it failed, without the message that heads it. */
function framesOf(stack: string): string[] {
  return stack.split('\n').filter((line) => /^\s+at /.test(line));
}

const STATEMENT =
  /\b(?:insert\s+into|update\s+["\w.]+\s+set|delete\s+from|select\s[\s\S]*?\sfrom|with\s+["\w]+\s+as)\b[^\n]*/gi;
const EMAIL = /[^\s@"'`(),;:<>[\]]+@[^\s@"'`(),;:<>[\]]+\.[A-Za-z]{2,}/g;
const ARGON2_HASH = /\$argon2(?:id|i|d)\$[^\s'"`,)]+/g;
const HEX_DIGEST = /\b[0-9a-f]{40,}\b/gi;
const KEY_DETAIL = /(Key \([^)]*\))=\([^\n]*?\)(?= already exists| is not present| conflicts|\.|$)/g;

/**
 * Takes out of free text what a driver or a library may have copied into it: SQL statements (with
 * their values inlined; the driver's own reason after " - " stays), "Key (email)=(...)" details,
 * emails (masked), argon2 hashes and long hex digests such as API-key hashes.
 */
export function scrubText(text: string): string {
  return text
    .replace(STATEMENT, (statement) => {
      const reason = statement.lastIndexOf(' - ');
      return reason === -1 ? '[statement redacted]' : `[statement redacted]${statement.slice(reason)}`;
    })
    .replace(KEY_DETAIL, '$1=([redacted])')
    .replace(ARGON2_HASH, '[hash redacted]')
    .replace(HEX_DIGEST, '[hash redacted]')
    .replace(EMAIL, (email) => maskEmail(email));
}

/**
 * An error's message fit to store or show: no statement, values, hashes or unmasked emails, and
 * nothing PostgreSQL cannot store (a NUL byte quoted from hostile input).
 */
export function safeMessageOf(error: unknown): string {
  return storableText(describeError(error).message);
}
