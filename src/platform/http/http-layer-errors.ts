import { PlatformErrors } from '../errors/platform.errors';
import type { AppError } from '../errors/app-error';
import { titleOf } from './problem';

export interface HttpLayerProblem {
  status: number;
  code: string;
  detail: string;
}

const UNSUPPORTED_CHARSET: HttpLayerProblem = {
  status: 415,
  code: 'PLATFORM.UNSUPPORTED_CHARSET',
  detail: "The body's charset is not supported: send UTF-8",
};

const UNSUPPORTED_CONTENT_ENCODING: HttpLayerProblem = {
  status: 415,
  code: 'PLATFORM.UNSUPPORTED_CONTENT_ENCODING',
  detail: 'The Content-Encoding is not supported: send the body as it is, or gzip, deflate or br',
};

/** What body-parser's failures (http-errors objects with a `type`) mean to a caller. */
const PROBLEM_OF_TYPE: Record<string, (error: { limit?: number; message: string }) => HttpLayerProblem | AppError> = {
  'charset.unsupported': () => UNSUPPORTED_CHARSET,
  'encoding.unsupported': () => UNSUPPORTED_CONTENT_ENCODING,
  'entity.too.large': ({ limit }) => PlatformErrors.bodyTooLarge(limit ?? 0),
  'parameters.too.many': ({ limit }) => PlatformErrors.bodyTooLarge(limit ?? 0),
  'entity.parse.failed': ({ message }) => PlatformErrors.malformedBody(message),
};

/**
 * Errors raised before a route runs, by body-parser or Express's router: they carry a 4xx `status`
 * and are the caller's fault (a body that lies about its encoding, an address that does not
 * decode). Their own messages are not shown: they may quote internals; a plain sentence is.
 */
export function httpLayerProblem(exception: unknown): HttpLayerProblem | AppError | undefined {
  if (!(exception instanceof Error)) return undefined;
  const { status, statusCode, type, limit } = exception as Error & {
    status?: unknown;
    statusCode?: unknown;
    type?: unknown;
    limit?: number;
  };
  const code = typeof status === 'number' ? status : statusCode;
  if (typeof code !== 'number' || code < 400 || code > 499) return undefined;
  const known = typeof type === 'string' ? PROBLEM_OF_TYPE[type] : undefined;
  if (known) return known({ limit, message: exception.message });
  return {
    status: code,
    code: 'PLATFORM.UNREADABLE_REQUEST',
    detail: `${titleOf(code)}: the request could not be read (its body, encoding or address is malformed)`,
  };
}
