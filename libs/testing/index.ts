export { freePort } from './free-port';
export { RedisLink } from './redis-link';
export { eventually, waitFor } from './wait';
