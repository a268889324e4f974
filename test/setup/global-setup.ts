import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { dropDatabase } from '../../src/platform/database/ensure-database';
import { SERVER_URL, templateDatabase } from './test-database';

/**
 * Builds the template database once per run, migrated by the same script as production; each test
 * file then gets its own copy (CREATE DATABASE … TEMPLATE), so files run in parallel.
 */
export default async function globalSetup(): Promise<void> {
  process.env.SETTLE_TEST_TEMPLATE_DATABASE = `settle_test_template_${process.pid}`;
  const url = `${SERVER_URL}/${templateDatabase()}`;
  await dropDatabase(url);
  const root = join(__dirname, '..', '..');
  execFileSync(process.execPath, ['-r', './scripts/swc-register.js', 'scripts/migrations.ts', 'up'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    stdio: 'pipe',
  });
}
