import type { Client } from 'pg';

const CHUNK_BYTES = 1 << 20;

/** What of pg's Connection the copy uses (not all of it is in @types/pg). */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  stream: NodeJS.WritableStream & { writableNeedDrain: boolean };
}

/**
 * `COPY … FROM STDIN` with nothing but `pg`: pg-copy-streams is not a dependency, but `pg` takes
 * any object with `submit(connection)` as a query (its Submittable interface) and its Connection
 * sends CopyData and CopyDone messages. Lines are text-format rows (tabs and backslashes escaped by
 * the caller); they go out in chunks of about a megabyte, waiting for the socket to drain.
 */
export function copyFromLines(client: Client, sql: string, lines: Iterable<string>): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let rowCount = 0;
    const submittable = {
      text: sql,
      submit(connection: CopyConnection) {
        connection.query(sql);
      },
      handleCopyInResponse(connection: CopyConnection) {
        const socket = connection.stream;
        const iterator = lines[Symbol.iterator]();
        const pump = () => {
          for (;;) {
            let chunk = '';
            for (let next = iterator.next(); !next.done; next = iterator.next()) {
              chunk += next.value;
              if (chunk.length >= CHUNK_BYTES) break;
            }
            if (chunk === '') {
              connection.endCopyFrom();
              return;
            }
            connection.sendCopyFromChunk(Buffer.from(chunk));
            if (socket.writableNeedDrain) {
              socket.once('drain', pump);
              return;
            }
          }
        };
        pump();
      },
      handleCommandComplete(message: { text: string }) {
        rowCount = Number(message.text.split(' ')[1]);
      },
      handleReadyForQuery() {
        resolve(rowCount);
      },
      handleError(error: Error) {
        reject(error);
      },
      handleRowDescription() {},
      handleDataRow() {},
      handleEmptyQuery() {},
      handlePortalSuspended() {},
      handleCopyData() {},
    };
    // pg's query() accepts a Submittable; its types only know QueryConfig and QueryStream-likes.
    void client.query(submittable as unknown as Parameters<Client['query']>[0]);
  });
}

/** One value as a line of COPY's text format: backslashes doubled (JSON escapes the rest). */
export function copyLine(json: string): string {
  return `${json.replaceAll('\\', '\\\\')}\n`;
}
