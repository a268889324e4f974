import { Client } from 'pg';

/**
 * Writes PostgreSQL's dirty pages out now (a checkpoint), untimed, so that what is measured next
 * starts as clean as the first thing measured did: a year's import leaves a gigabyte of WAL behind,
 * and the checkpoint it brings on would otherwise slow whatever runs after it.
 */
export async function checkpoint(): Promise<void> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query('checkpoint');
  } finally {
    await client.end();
  }
}
