import { Logger, type ArgumentsHost } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { ProblemDetailsFilter } from './problem-details.filter';

/** What body-parser throws: an http-errors object with a status and a type. */
const createError = (status: number, message: string, properties: Record<string, unknown> = {}) =>
  Object.assign(new Error(message), { status, statusCode: status, expose: true, ...properties });

function answerTo(exception: unknown): { status: number; body: Record<string, unknown> } {
  const sent = { status: 0, body: '' };
  const response = {
    headersSent: false,
    getHeader: () => 'request-1',
    status(status: number) {
      sent.status = status;
      return this;
    },
    type() {
      return this;
    },
    send(body: string) {
      sent.body = body;
    },
  };
  const host = {
    switchToHttp: () => ({
      getRequest: () => ({ originalUrl: '/api/v1/auth/login?x=1' }),
      getResponse: () => response,
    }),
  } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(exception, host);
  return { status: sent.status, body: JSON.parse(sent.body) };
}

describe('ProblemDetailsFilter', () => {
  it('never shows a class name: a rate limit is answered in its own words', () => {
    const { status, body } = answerTo(new ThrottlerException());
    expect(status).toBe(429);
    expect(body).toMatchObject({
      code: 'PLATFORM.RATE_LIMITED',
      requestId: 'request-1',
      instance: '/api/v1/auth/login',
    });
    expect(JSON.stringify(body)).not.toMatch(/Exception|Error/);
  });

  it('answers body-parser failures with their 4xx status, never a 500', () => {
    const charset = answerTo(createError(415, 'unsupported charset "X"', { type: 'charset.unsupported' }));
    expect(charset).toMatchObject({ status: 415, body: { code: 'PLATFORM.UNSUPPORTED_CHARSET' } });
    const encoding = answerTo(createError(415, 'unsupported content encoding "x"', { type: 'encoding.unsupported' }));
    expect(encoding).toMatchObject({ status: 415, body: { code: 'PLATFORM.UNSUPPORTED_CONTENT_ENCODING' } });
    const corrupt = answerTo(createError(400, 'incorrect header check', { code: 'Z_DATA_ERROR' }));
    expect(corrupt).toMatchObject({ status: 400, body: { code: 'PLATFORM.UNREADABLE_REQUEST' } });
    expect(corrupt.body.detail).not.toMatch(/header check/);
  });

  it('hides what a server error was', () => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { status, body } = answerTo(new TypeError('Cannot read properties of undefined (reading "x")'));
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toMatch(/TypeError|reading/);
  });
});
