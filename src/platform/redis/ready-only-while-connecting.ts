import type Redis from 'ioredis';
import * as ioredisEventHandlers from 'ioredis/built/redis/event_handler';

/**
 * Without a ready check (Bull turns it off for its clients), ioredis 5 runs its ready step once the
 * CLIENT SETNAME and SETINFO it sent on connecting have settled, without asking whether that
 * connection is still there (redis/ioredis#2099, fixed in ioredis 6, which Bull 4 does not take).
 * When the connection closed meanwhile and those commands were failed (by ioredis after its
 * retries, or by endRedisClient at shutdown), the client read `ready` on a closed socket for good:
 * it never reconnected, and Bull's close waited for ever for it to end. In ioredis a client becomes
 * ready only from 'connect', the state of a connection whose handshake is under way, so a ready
 * step from any other state is that stale one, and is skipped whole, as ioredis 6 does: it would
 * otherwise also resubscribe a subscriber's channels on no connection (failing them unheard once
 * the client has ended) and spend the channels it must resubscribe on the next connection.
 */
type ReadyHandler = (client: Redis) => () => void;

// ioredis calls its ready step through this module's exports, so replacing the export reaches it (a
// CommonJS module marked __esModule: the namespace import is that exports object itself).
const eventHandlers = ioredisEventHandlers as { readyHandler: ReadyHandler };
const readyHandler = eventHandlers.readyHandler;
if (typeof readyHandler !== 'function') throw new Error('ioredis changed: its readyHandler is gone');

eventHandlers.readyHandler = (client) => {
  const ready = readyHandler(client);
  return () => {
    if (client.status === 'connect') ready();
  };
};
