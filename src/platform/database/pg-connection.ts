import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from 'pg';

/** What of knex's client reaches the pg connection under an EntityManager. */
interface KnexPgClient {
  acquireConnection(): Promise<Client>;
  releaseConnection(connection: Client): Promise<void>;
}

/**
 * Runs `work` on the pg connection under the EntityManager: its transaction's when it is in one,
 * else one from the pool. For what MikroORM cannot say (COPY) or says only with every value
 * inlined into the SQL text (arrays as parameters). pg parses the rows as MikroORM's connection
 * configures it, so `em.map` takes them as MikroORM's own.
 */
export async function withPgConnection<T>(em: EntityManager, work: (connection: Client) => Promise<T>): Promise<T> {
  const client = (em.getTransactionContext() ?? em.getKnex()).client as unknown as KnexPgClient;
  const connection = await client.acquireConnection();
  try {
    return await work(connection);
  } finally {
    await client.releaseConnection(connection);
  }
}

/** An SQL identifier, quoted. */
export function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
