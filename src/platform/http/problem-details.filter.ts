import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ClsServiceManager } from 'nestjs-cls';
import { AppError } from '../errors/app-error';
import { describeError } from '../logging/error-redaction';
import { httpLayerProblem } from './http-layer-errors';
import { PROBLEM_CONTENT_TYPE, problemType, STATUS_OF_KIND, titleOf, type Problem } from './problem';

const CODE_OF_HTTP_STATUS: Record<number, string> = {
  400: 'PLATFORM.BAD_REQUEST',
  404: 'PLATFORM.NOT_FOUND',
  405: 'PLATFORM.METHOD_NOT_ALLOWED',
  413: 'PLATFORM.PAYLOAD_TOO_LARGE',
  415: 'PLATFORM.UNSUPPORTED_MEDIA_TYPE',
  429: 'PLATFORM.RATE_LIMITED',
};

/**
 * What the framework's own HttpExceptions mean, in Settle's words: their messages may name a class
 * ("ThrottlerException: Too Many Requests"). A 400's message is kept: Nest makes it from the
 * JSON parser's or the URL decoder's complaint, which tells the caller what to fix.
 */
const DETAIL_OF_HTTP_STATUS: Record<number, string> = {
  401: 'Sign in first: send Authorization: Bearer <token> or X-API-Key: <key>',
  403: 'Your role does not allow this',
  404: 'There is nothing at this address',
  405: 'This address does not take this method',
  413: 'The request body is too large',
  415: 'The request body is of a type this address does not take',
  429: 'Too many requests; wait a minute and try again',
};

/** Turns every error that reaches HTTP into an application/problem+json answer. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception);
    problem.instance = request.originalUrl?.split('?')[0];
    problem.requestId = this.requestIdOf(response);
    if (problem.status >= 500) {
      this.logger.error({ err: describeError(exception), code: problem.code }, 'Request failed');
    }
    if (response.headersSent) return;
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  /** The correlation id; read back from the response when the error left the CLS context behind. */
  private requestIdOf(response: Response): string | undefined {
    const header = response.getHeader('X-Request-Id');
    return ClsServiceManager.getClsService().getId() ?? (typeof header === 'string' ? header : undefined);
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof AppError) {
      const status = STATUS_OF_KIND[exception.kind];
      return {
        type: problemType(exception.code),
        title: titleOf(status),
        status,
        detail: exception.message,
        code: exception.code,
        ...(exception.fields.length > 0 ? { errors: exception.fields } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_OF_HTTP_STATUS[status] ?? `HTTP.${status}`;
      return { type: problemType(code), title: titleOf(status), status, detail: this.detailOf(exception), code };
    }
    const fromHttpLayer = httpLayerProblem(exception);
    if (fromHttpLayer instanceof AppError) return this.toProblem(fromHttpLayer);
    if (fromHttpLayer) {
      const { status, code, detail } = fromHttpLayer;
      return { type: problemType(code), title: titleOf(status), status, detail, code };
    }
    const status = HttpStatus.INTERNAL_SERVER_ERROR;
    const code = 'PLATFORM.INTERNAL';
    return {
      type: problemType(code),
      title: titleOf(status),
      status,
      detail: 'Something went wrong on our side; the request id identifies it in our logs',
      code,
    };
  }

  private detailOf(exception: HttpException): string {
    const status = exception.getStatus();
    const fixed = DETAIL_OF_HTTP_STATUS[status];
    if (fixed) return fixed;
    if (status !== HttpStatus.BAD_REQUEST) return titleOf(status);
    const body = exception.getResponse();
    if (typeof body === 'string') return body;
    const message = (body as { message?: unknown }).message;
    if (Array.isArray(message)) return message.join('; ');
    return typeof message === 'string' ? message : titleOf(status);
  }
}
