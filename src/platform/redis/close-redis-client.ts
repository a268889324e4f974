import type { Redis } from 'ioredis';
// A client ended while it sets up its connection would otherwise come back as ready on it.
import './ready-only-while-connecting';

/** ioredis' own message for a command on a closed connection, which Bull expects while it closes. */
const CONNECTION_CLOSED = 'Connection is closed.';
/** Connected, never connected (lazy) or already ended: nothing of the client's is stranded. */
const SETTLED = new Set(['ready', 'wait', 'end']);

interface Stranded {
  setStatus(status: 'end'): void;
  flushQueue(error: Error): void;
  prevCommandQueue?: { shift(): { command: { reject(error: Error): void } } | undefined } | null;
}

/**
 * Ends a Redis client that has lost its connection (waiting to reconnect, or trying to), rejecting
 * every command it holds. ioredis' disconnect() leaves a client that waits to reconnect waiting for
 * good, its commands never settled (redis/ioredis#2169 and #2197), and one that is trying may be
 * waiting again by the time Bull's close calls it: whatever awaits those commands (a worker's next
 * fetch, a job's completion, the outbox relay's add) would then hold a shutdown for ever. This is
 * what ioredis does when a connection it was told to close closes, plus the commands that were in
 * flight when the connection dropped, which it keeps apart to resend.
 */
export function endRedisClient(client: Redis): void {
  if (SETTLED.has(client.status)) return;
  client.disconnect();
  const stranded = client as unknown as Stranded;
  const error = new Error(CONNECTION_CLOSED);
  stranded.setStatus('end');
  stranded.flushQueue(error);
  for (let item = stranded.prevCommandQueue?.shift(); item; item = stranded.prevCommandQueue?.shift()) {
    item.command.reject(error);
  }
}

/**
 * Closes one of Settle's own Redis clients at shutdown: ends it at once if it has lost its
 * connection (see endRedisClient), else lets it finish what it sent and quit.
 */
export async function closeRedisClient(client: Redis): Promise<void> {
  endRedisClient(client);
  if (client.status !== 'end') await client.quit().catch(() => undefined);
}
