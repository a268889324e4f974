export { freePort } from './free-port';
export { eventually, waitFor } from './wait';
