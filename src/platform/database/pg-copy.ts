import type { Client } from 'pg';

const CHUNK_CHARS = 1 << 16;

/** What of pg's Connection the copy uses (not all of it is in @types/pg). */
interface CopyConnection {
  query(text: string): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.WritableStream & { writableNeedDrain: boolean };
}

/**
 * `COPY … FROM STDIN` with nothing but `pg`: pg-copy-streams is not a dependency, but `pg` takes
 * any object with `submit(connection)` as a query (its Submittable interface) and its Connection
 * sends CopyDone and CopyFail messages (CopyData is written to its socket here). Lines are rows in COPY's text format (see
 * `copyText`); they go out in chunks of about 64 KiB (small enough to die young in V8's heap),
 * waiting for the socket to drain. A line that cannot be made fails the COPY (CopyFail), so nothing
 * of it is written. Answers the row count.
 */
export function copyFromLines(client: Client, sql: string, lines: Iterable<string>): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let rowCount = 0;
    let failure: unknown = null;
    const submittable = {
      text: sql,
      submit(connection: CopyConnection) {
        connection.query(sql);
      },
      handleCopyInResponse(connection: CopyConnection) {
        const socket = connection.stream;
        const iterator = lines[Symbol.iterator]();
        const pump = () => {
          try {
            for (;;) {
              let chunk = '';
              for (let next = iterator.next(); !next.done; next = iterator.next()) {
                chunk += next.value;
                if (chunk.length >= CHUNK_CHARS) break;
              }
              if (chunk === '') {
                connection.endCopyFrom();
                return;
              }
              socket.write(copyData(chunk));
              if (socket.writableNeedDrain) {
                socket.once('drain', pump);
                return;
              }
            }
          } catch (error) {
            failure = error;
            connection.sendCopyFail(error instanceof Error ? error.message : String(error));
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
        reject(failure ?? error);
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

/**
 * A CopyData message ('d', its length, the bytes), encoded straight into one buffer: pg's own
 * sendCopyFromChunk would copy every chunk once more into its serializer's buffer.
 */
function copyData(chunk: string): Buffer {
  const bytes = Buffer.byteLength(chunk);
  const message = Buffer.allocUnsafe(5 + bytes);
  message[0] = COPY_DATA;
  message.writeInt32BE(4 + bytes, 1);
  message.write(chunk, 5);
  return message;
}

const COPY_DATA = 0x64;

/** One value in COPY's text format: backslash, tab, newline and carriage return escaped. */
export function copyText(text: string): string {
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/[\\\t\n\r]/g, (found) => COPY_ESCAPES[found as keyof typeof COPY_ESCAPES])
    : text;
}

/** COPY's text format for NULL. */
export const COPY_NULL = '\\N';

const COPY_ESCAPES = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' } as const;
