import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { PROBLEM_CONTENT_TYPE, problemType, titleOf, type Problem } from './problem';

const STATUS_OF_PARSER_ERROR: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

const CODE_OF_STATUS: Record<number, string> = {
  400: 'PLATFORM.UNREADABLE_REQUEST',
  408: 'PLATFORM.REQUEST_TIMEOUT',
  431: 'PLATFORM.HEADERS_TOO_LARGE',
};

const DETAIL_OF_STATUS: Record<number, string> = {
  400: 'The request is not valid HTTP',
  408: 'The request took too long to arrive',
  431: 'The request headers are too large',
};

/**
 * Requests Node's HTTP parser refuses (oversized headers, malformed HTTP, a request that never
 * finishes) never reach Express: Node answers them itself with a bare status line. This answers
 * them in problem+json like every other error, with a request id of their own (their headers,
 * X-Request-Id included, were never read).
 */
export function answerClientErrorsWithProblems(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const status = STATUS_OF_PARSER_ERROR[error.code ?? ''] ?? 400;
    const requestId = randomUUID();
    const problem: Problem = {
      type: problemType(CODE_OF_STATUS[status]),
      title: titleOf(status),
      status,
      detail: DETAIL_OF_STATUS[status],
      code: CODE_OF_STATUS[status],
      requestId,
    };
    const body = JSON.stringify(problem);
    socket.end(
      [
        `HTTP/1.1 ${status} ${titleOf(status)}`,
        `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
        `Content-Length: ${Buffer.byteLength(body)}`,
        `X-Request-Id: ${requestId}`,
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  });
}
