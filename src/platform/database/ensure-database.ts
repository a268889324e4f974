import { Client } from 'pg';
import { databaseNameOf, withDatabaseName } from './database-url';
import { quoted } from './pg-connection';

/** Creates the database named in the URL when it does not exist yet (a fresh machine). */
export async function ensureDatabase(url: string, template?: string): Promise<void> {
  const name = databaseNameOf(url);
  const admin = new Client({ connectionString: withDatabaseName(url, 'postgres') });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount) return;
    const from = template ? ` template ${quoted(template)}` : '';
    await admin.query(`create database ${quoted(name)}${from}`).catch((error: { code?: string }) => {
      if (error.code !== '42P04') throw error; // created meanwhile by another process
    });
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseNameOf(url);
  const admin = new Client({ connectionString: withDatabaseName(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${quoted(name)} with (force)`);
  } finally {
    await admin.end();
  }
}
