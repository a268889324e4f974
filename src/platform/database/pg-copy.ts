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
 * in COPY's text format straight into CopyData messages of about 64 KiB (see CopyDataMessages),
 * waiting for the socket to drain. A row that cannot be made fails the COPY (CopyFail), so nothing
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

const MESSAGE_BYTES = 1 << 16;
const HEADER_BYTES = 5;
const COPY_DATA = 0x64;
const TAB = 0x09;
const NEWLINE = 0x0a;
const NULL_TEXT = '\\N';
const BACKSLASH = 0x5c;
/** Text up to this long is written by writeShortAscii when it is all ASCII. */
const SHORT_TEXT = 64;
/** The characters COPY's text format escapes, and their escapes. */
const COPY_ESCAPES = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' } as const;
/** For each ASCII code, the byte that follows a backslash for it in COPY's text format, or 0. */
const ESCAPED_BYTES = new Uint8Array(0x80);
for (const [character, escape] of Object.entries(COPY_ESCAPES))
  ESCAPED_BYTES[character.charCodeAt(0)] = escape.charCodeAt(1);

/**
 * Rows in COPY's text format, encoded as UTF-8 straight into CopyData messages ('d', its length,
 * the bytes) of about 64 KiB: no string per row or per chunk, no second copy into pg's serializer,
 * and buffers small enough to die young in V8's heap. A message may end mid-row, as COPY allows.
 */
class CopyDataMessages {
  /** Messages complete and not yet sent. */
  readonly ready: Buffer[] = [];
  private buffer = Buffer.allocUnsafe(MESSAGE_BYTES);
  private position = HEADER_BYTES;

  addRow(values: CopyRow): void {
    for (let index = 0; index < values.length; index += 1) {
      if (index > 0) this.byte(TAB);
      const value = values[index];
      if (value === null) this.write(NULL_TEXT);
      else if (value.length > SHORT_TEXT || !this.writeShortAscii(value)) this.write(copyText(value));
    }
    this.byte(NEWLINE);
    if (this.position >= MESSAGE_BYTES) this.startMessage(0);
  }

  /** Queues what is left of the last message. */
  finish(): void {
    this.seal();
  }

  private write(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    this.room(text.length * 3);
    this.position += this.buffer.write(text, this.position);
  }

  /**
   * Writes short ASCII text byte by byte, escaping as it goes; answers false, having written
   * nothing, for text with any other character. Most values are short ASCII (ids, names, numbers,
   * instants), and Buffer.write's call into C++ costs more than the copy for a few bytes.
   */
  private writeShortAscii(text: string): boolean {
    // An escaped character takes two bytes.
    this.room(text.length * 2);
    const buffer = this.buffer;
    let position = this.position;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (code > 0x7f) return false;
      const escaped = ESCAPED_BYTES[code];
      if (escaped === 0) {
        buffer[position] = code;
        position += 1;
      } else {
        buffer[position] = BACKSLASH;
        buffer[position + 1] = escaped;
        position += 2;
      }
    }
    this.position = position;
    return true;
  }

  private byte(value: number): void {
    this.room(1);
    this.buffer[this.position] = value;
    this.position += 1;
  }

  private room(bytes: number): void {
    if (this.position + bytes > this.buffer.length) this.startMessage(bytes);
  }

  /** Queues the message so far and starts one with room for at least `bytes`. */
  private startMessage(bytes: number): void {
    this.seal();
    this.buffer = Buffer.allocUnsafe(Math.max(MESSAGE_BYTES, HEADER_BYTES + bytes));
    this.position = HEADER_BYTES;
  }

  private seal(): void {
    if (this.position === HEADER_BYTES) return;
    this.buffer[0] = COPY_DATA;
    this.buffer.writeInt32BE(this.position - 1, 1);
    this.ready.push(this.buffer.subarray(0, this.position));
  }
}

/** A character COPY_ESCAPES escapes; looked for first, as most values hold none and replace costs more. */
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_SPECIALS = new RegExp(COPY_SPECIAL.source, 'g');

/** One value in COPY's text format: backslash, tab, newline and carriage return escaped. */
function copyText(text: string): string {
  return COPY_SPECIAL.test(text)
    ? text.replace(COPY_SPECIALS, (found) => COPY_ESCAPES[found as keyof typeof COPY_ESCAPES])
    : text;
}
