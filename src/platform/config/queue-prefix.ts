import { createHash } from 'node:crypto';

/**
 * The default prefix of Settle's Redis keys, made from the database a deployment uses (its host, port
 * and name): two deployments on one Redis and different databases never share queues, so one never
 * runs, and loses, the other's jobs. Readable by the database's name, unique by a digest of the rest.
 */
export function queuePrefixOf(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  const where = `${url.hostname.toLowerCase()}:${url.port || '5432'}/${database}`;
  const digest = createHash('sha256').update(where).digest('hex').slice(0, 12);
  return `settle:${database.replace(/[^A-Za-z0-9_-]/g, '_')}:${digest}`;
}
