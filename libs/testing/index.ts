export { deleteRedisKeys } from './delete-redis-keys';
export { freePort } from './free-port';
export { RedisLink } from './redis-link';
export { testRedisUrl } from './redis-url';
export { eventually, waitFor } from './wait';
