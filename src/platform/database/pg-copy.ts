import type { Client } from 'pg';

/** What of pg's Connection the copy uses (not all of it is in @types/pg). */
interface CopyConnection {
  query(text: string): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.WritableStream & { writableNeedDrain: boolean };
}

/** One row's values as text (null for NULL); each is written before the next row is asked for. */
export type CopyRow = readonly (string | null)[];

/**
 * `COPY … FROM STDIN` with nothing but `pg`: pg-copy-streams is not a dependency, but `pg` takes
 * any object with `submit(connection)` as a query (its Submittable interface) and its Connection
 * sends CopyDone and CopyFail messages (CopyData is written to its socket here). Rows are encoded
 * in COPY's text format into CopyData messages of about 64 KiB (see CopyDataMessages), waiting
 * for the socket to drain. A row that cannot be made fails the COPY (CopyFail), so nothing
 * of it is written. Answers the row count.
 */
export function copyFromRows(client: Client, sql: string, rows: Iterable<CopyRow>): Promise<number> {
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
        const iterator = rows[Symbol.iterator]();
        const messages = new CopyDataMessages();
        const pump = () => {
          try {
            for (;;) {
              let next = iterator.next();
              for (; !next.done; next = iterator.next()) {
                messages.addRow(next.value);
                if (messages.ready.length > 0) break;
              }
              if (next.done) messages.finish();
              for (const message of messages.ready.splice(0)) socket.write(message);
              if (next.done) {
                connection.endCopyFrom();
                return;
              }
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

/** Text gathered into one CopyData message: about 64 KiB, more when a single row is larger. */
const MESSAGE_CHARACTERS = 1 << 16;
const HEADER_BYTES = 5;
const COPY_DATA = 0x64;
const NULL_TEXT = '\\N';

/**
 * Rows in COPY's text format, gathered as text into CopyData messages ('d', its length, the bytes)
 * of about 64 KiB, each encoded as UTF-8 in one native call: writing each value into a buffer as
 * it came cost a native call per value, twice the time for a page of contacts' rows. Messages end
 * between rows; a row longer than a message makes a message of its own size.
 */
class CopyDataMessages {
  /** Messages complete and not yet sent. */
  readonly ready: Buffer[] = [];
  private text = '';

  addRow(values: CopyRow): void {
    let line = '';
    for (let index = 0; index < values.length; index += 1) {
      const value = values[index];
      if (index > 0) line += '\t';
      line += value === null ? NULL_TEXT : copyText(value);
    }
    this.text += `${line}\n`;
    if (this.text.length >= MESSAGE_CHARACTERS) this.seal();
  }

  /** Queues what is left of the last message. */
  finish(): void {
    this.seal();
  }

  private seal(): void {
    if (this.text === '') return;
    const bytes = Buffer.byteLength(this.text);
    const message = Buffer.allocUnsafe(HEADER_BYTES + bytes);
    message[0] = COPY_DATA;
    message.writeInt32BE(4 + bytes, 1);
    message.write(this.text, HEADER_BYTES);
    this.ready.push(message);
    this.text = '';
  }
}

/** One value in COPY's text format: backslash, tab, newline and carriage return escaped. */
function copyText(text: string): string {
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/[\\\t\n\r]/g, (found) => COPY_ESCAPES[found as keyof typeof COPY_ESCAPES])
    : text;
}

const COPY_ESCAPES = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' } as const;
