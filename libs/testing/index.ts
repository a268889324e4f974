export { eventually, waitFor } from './wait';
