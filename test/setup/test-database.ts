import { databaseNameOf } from '../../src/platform/database/database-url';

/**
 * The migrated template this run's test files copy. Unique per run (the global setup names it and
 * Jest's workers inherit the variable), so that two runs on one machine never drop each other's.
 */
export function templateDatabase(): string {
  const name = process.env.SETTLE_TEST_TEMPLATE_DATABASE;
  if (!name) throw new Error('SETTLE_TEST_TEMPLATE_DATABASE is not set: run the tests through Jest (global setup)');
  return name;
}
export const SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';

/** Tests drop what they create: a database whose name does not say "test" is never theirs. */
export function assertTestDatabase(url: string): void {
  if (!/(^|_)test(_|$)/.test(databaseNameOf(url))) {
    throw new Error(`Refusing to run tests against ${databaseNameOf(url)}: its name must mark it as a test database`);
  }
}
