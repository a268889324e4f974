/** The PostgreSQL channel a trigger on platform_outbox notifies when rows are committed. */
export const OUTBOX_CHANNEL = 'platform_outbox';
