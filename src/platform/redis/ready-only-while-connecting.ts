import Redis from 'ioredis';

/**
 * Without a ready check (Bull turns it off for its clients), ioredis 5 declares a client ready once
 * the CLIENT SETNAME and SETINFO it sent on connecting have settled, without asking whether that
 * connection is still there (redis/ioredis#2099, fixed in ioredis 6, which Bull 4 does not take).
 * When the connection closed meanwhile and those commands were failed (by ioredis after its
 * retries, or by endRedisClient at shutdown), the client read `ready` on a closed socket for good:
 * it never reconnected, and Bull's close waited for ever for it to end. In ioredis a client becomes
 * ready only from 'connect', the state of a connection whose handshake is under way, so a ready
 * from any other state is that stale one, and is ignored.
 */
interface StatusSetter {
  status: string;
  setStatus(status: string, arg?: unknown): void;
}

const redisPrototype = (Redis as unknown as { prototype: StatusSetter }).prototype;
const setStatus = redisPrototype.setStatus;
if (typeof setStatus !== 'function') throw new Error('ioredis changed: Redis#setStatus is gone');

redisPrototype.setStatus = function (this: StatusSetter, status: string, arg?: unknown) {
  if (status === 'ready' && this.status !== 'connect') return;
  setStatus.call(this, status, arg);
};
