import { databaseNameOf } from '../../src/platform/database/database-url';

export const TEMPLATE_DATABASE = 'settle_test_template';
export const SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';

/** Tests drop what they create: a database whose name does not say "test" is never theirs. */
export function assertTestDatabase(url: string): void {
  if (!/(^|_)test(_|$)/.test(databaseNameOf(url))) {
    throw new Error(`Refusing to run tests against ${databaseNameOf(url)}: its name must mark it as a test database`);
  }
}
