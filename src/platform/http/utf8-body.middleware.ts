import { isUtf8 } from 'node:buffer';
import type { NextFunction, Request, Response } from 'express';
import { PlatformErrors } from '../errors/platform.errors';

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)/i;

/**
 * A body taken as UTF-8 must be UTF-8: body-parser decodes invalid bytes to U+FFFD without a word,
 * which would store something other than what was sent. Runs after the parsers, on the raw body
 * Nest keeps (`rawBody: true`); bodies declared in another charset are the parsers' concern.
 */
export function refuseInvalidUtf8Body(request: Request, _response: Response, next: NextFunction): void {
  const raw = (request as Request & { rawBody?: unknown }).rawBody;
  const charset = CHARSET.exec(request.headers['content-type'] ?? '')?.[1].toLowerCase() ?? 'utf-8';
  const takenAsUtf8 = charset === 'utf-8' || charset === 'utf8';
  next(Buffer.isBuffer(raw) && takenAsUtf8 && !isUtf8(raw) ? PlatformErrors.bodyNotUtf8() : undefined);
}
