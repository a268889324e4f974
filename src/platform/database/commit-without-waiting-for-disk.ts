/**
 * Run first in a transaction whose loss to a crash is harmless (it only records that work was done,
 * and that work is redone or found done): its commit then returns without waiting for PostgreSQL's
 * WAL flush. Never for a transaction that records anything a later step relies on being durable.
 */
export const COMMIT_WITHOUT_WAITING_FOR_DISK = 'set local synchronous_commit = off';
