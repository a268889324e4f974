import { AppError, type FieldError } from './app-error';

export const PlatformErrors = {
  validationFailed: (fields: FieldError[]) =>
    new AppError(
      'PLATFORM.VALIDATION_FAILED',
      'invalid',
      `The request is not valid: ${fields.map((f) => f.field).join(', ')}`,
      fields,
    ),
  malformedBody: (detail: string) =>
    new AppError('PLATFORM.MALFORMED_BODY', 'invalid', `The request body is not valid JSON: ${detail}`),
  bodyNotUtf8: () => new AppError('PLATFORM.BODY_NOT_UTF8', 'invalid', 'The request body is not valid UTF-8'),
  bodyTooLarge: (limit: number) =>
    new AppError('PLATFORM.PAYLOAD_TOO_LARGE', 'payload_too_large', `The request body is over ${limit} bytes`),
  notFound: (what: string) => new AppError('PLATFORM.NOT_FOUND', 'not_found', `${what} was not found`),
  rateLimited: () =>
    new AppError('PLATFORM.RATE_LIMITED', 'rate_limited', 'Too many requests; wait a minute and try again'),
  unauthenticated: () =>
    new AppError(
      'AUTH.UNAUTHENTICATED',
      'unauthenticated',
      'Sign in first: send Authorization: Bearer <token> or X-API-Key: <key>',
    ),
  unavailable: () =>
    new AppError(
      'PLATFORM.UNAVAILABLE',
      'unavailable',
      'Settle cannot serve this request right now; try again shortly',
    ),
  forbidden: (detail = 'Your role does not allow this') => new AppError('AUTH.FORBIDDEN', 'forbidden', detail),
};
