import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ClsServiceManager } from 'nestjs-cls';
import { AppError } from '../errors/app-error';
import { PlatformErrors } from '../errors/platform.errors';
import { describeError } from '../logging/error-redaction';
import { PROBLEM_CONTENT_TYPE, problemType, STATUS_OF_KIND, titleOf, type Problem } from './problem';

const CODE_OF_HTTP_STATUS: Record<number, string> = {
  400: 'PLATFORM.BAD_REQUEST',
  404: 'PLATFORM.NOT_FOUND',
  405: 'PLATFORM.METHOD_NOT_ALLOWED',
  413: 'PLATFORM.PAYLOAD_TOO_LARGE',
  415: 'PLATFORM.UNSUPPORTED_MEDIA_TYPE',
  429: 'PLATFORM.RATE_LIMITED',
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
    problem.requestId = ClsServiceManager.getClsService().getId();
    if (problem.status >= 500) {
      this.logger.error({ err: describeError(exception), code: problem.code }, 'Request failed');
    }
    if (response.headersSent) return;
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
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
    const bodyParserError = this.fromBodyParser(exception);
    if (bodyParserError) return this.toProblem(bodyParserError);
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

  /** body-parser fails with http-errors objects that Nest passes on as they are. */
  private fromBodyParser(exception: unknown): AppError | undefined {
    const { type, limit, message } = (exception ?? {}) as { type?: unknown; limit?: number; message?: string };
    if (type === 'entity.too.large') return PlatformErrors.bodyTooLarge(limit ?? 0);
    if (type === 'entity.parse.failed') return PlatformErrors.malformedBody(message ?? 'unreadable');
    return undefined;
  }

  private detailOf(exception: HttpException): string {
    const body = exception.getResponse();
    if (typeof body === 'string') return body;
    const message = (body as { message?: unknown }).message;
    if (Array.isArray(message)) return message.join('; ');
    return typeof message === 'string' ? message : exception.message;
  }
}
