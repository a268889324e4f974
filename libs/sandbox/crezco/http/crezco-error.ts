import type { CrezcoErrorBody } from '../../../crezco';

/** An answer in Crezco's problem-details style with its HTTP status (shape V, codes per case I). */
export class CrezcoApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors?: Record<string, string[]>,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }

  /** The JSON body, `detail` spelt as the sandbox is told to. */
  body(detailKey: 'detail' | 'Detail', traceId: string): CrezcoErrorBody {
    const body: CrezcoErrorBody = { title: this.title, status: this.status, [detailKey]: this.detail, traceId };
    if (this.errors) {
      body.type = 'https://tools.ietf.org/html/rfc9110#section-15.5.1';
      body.errors = this.errors;
    }
    return body;
  }
}

export const crezcoErrors = {
  validation: (errors: Record<string, string[]>) =>
    new CrezcoApiError(400, 'One or more validation errors occurred.', 'See errors for the fields at fault.', errors),
  unauthorized: (status: number) =>
    new CrezcoApiError(status, 'Unauthorized', 'The X-Crezco-Key header is missing or not a valid API key.'),
  notFound: (what: string, id: string) => new CrezcoApiError(404, 'Not Found', `${what} ${id} was not found.`),
  noRoute: (method: string, path: string) =>
    new CrezcoApiError(404, 'Not Found', `No endpoint matches ${method} ${path}.`),
  conflict: (detail: string) => new CrezcoApiError(409, 'Conflict', detail),
  tooManyRequests: (retryAfterSeconds?: number) =>
    new CrezcoApiError(
      429,
      'Too Many Requests',
      'Rate limit exceeded. Try again later.',
      undefined,
      retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
    ),
  server: (status: number) =>
    new CrezcoApiError(
      status,
      status === 503 ? 'Service Unavailable' : status === 502 ? 'Bad Gateway' : 'Internal Server Error',
      'An unexpected error occurred. Please try again later.',
    ),
  badJson: () =>
    new CrezcoApiError(400, 'One or more validation errors occurred.', 'The request body is not valid JSON.', {
      $: ['The JSON value could not be converted.'],
    }),
};
