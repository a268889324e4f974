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
    // pg's query() accepts a Submittable; its types only know QueryConfig and QueryStream-likes.
    void client.query(new CopyIn(sql, rows, resolve, reject) as unknown as Parameters<Client['query']>[0]);
  });
}

/**
 * One COPY as pg's Submittable. A class rather than closures made for each COPY: V8 keeps a
 * closure's optimised code only while the closure lives, and the loop that encodes the rows would
 * otherwise be optimised again for every import page.
 */
class CopyIn {
  private rowCount = 0;
  private failure: unknown = null;
  private readonly messages = new CopyDataMessages();

  constructor(
    readonly text: string,
    private readonly rows: Iterable<CopyRow>,
    private readonly resolve: (rowCount: number) => void,
    private readonly reject: (error: unknown) => void,
  ) {}

  submit(connection: CopyConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    this.pump(connection, this.rows[Symbol.iterator]());
  }

  handleCommandComplete(message: { text: string }): void {
    this.rowCount = Number(message.text.split(' ')[1]);
  }

  handleReadyForQuery(): void {
    this.resolve(this.rowCount);
  }

  handleError(error: Error): void {
    this.reject(this.failure ?? error);
  }

  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}

  /** Writes rows until they end or the socket asks to wait, then goes on when it drains. */
  private pump(connection: CopyConnection, iterator: Iterator<CopyRow>): void {
    const socket = connection.stream;
    const messages = this.messages;
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
          socket.once('drain', () => this.pump(connection, iterator));
          return;
        }
      }
    } catch (error) {
      this.failure = error;
      connection.sendCopyFail(error instanceof Error ? error.message : String(error));
    }
  }
}

const MESSAGE_BYTES = 1 << 16;
const HEADER_BYTES = 5;
const COPY_DATA = 0x64;
const NEWLINE = 0x0a;
const NULL_TEXT = '\\N';
/** The characters COPY's text format escapes, and their escapes. */
const COPY_ESCAPES = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' } as const;

/**
 * Rows in COPY's text format, encoded as UTF-8 straight into CopyData messages ('d', its length,
 * the bytes) of about 64 KiB: no second copy into pg's serializer, and buffers small enough to die
 * young in V8's heap. Each row is joined into one string and encoded by one Buffer.write: its call
 * into C++ costs more than encoding a few bytes, so a call a value took twice as long for rows of
 * short values. A message may end mid-row, as COPY allows.
 */
class CopyDataMessages {
  /** Messages complete and not yet sent. */
  readonly ready: Buffer[] = [];
  private buffer = Buffer.allocUnsafe(MESSAGE_BYTES);
  private position = HEADER_BYTES;
  /** A row's values as COPY writes them; one array serves every row. */
  private readonly texts: string[] = [];

  addRow(values: CopyRow): void {
    const texts = this.texts;
    texts.length = values.length;
    for (let index = 0; index < values.length; index += 1) {
      const value = values[index];
      texts[index] = value === null ? NULL_TEXT : copyText(value);
    }
    const row = texts.join('\t');
    // UTF-8 takes at most three bytes per UTF-16 code unit; the newline one.
    const most = row.length * 3 + 1;
    if (this.position + most > this.buffer.length) this.startMessage(most);
    this.position += this.buffer.write(row, this.position);
    this.buffer[this.position] = NEWLINE;
    this.position += 1;
    if (this.position >= MESSAGE_BYTES) this.startMessage(0);
  }

  /** Queues what is left of the last message. */
  finish(): void {
    this.seal();
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
