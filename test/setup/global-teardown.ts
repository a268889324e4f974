import { dropDatabase } from '../../src/platform/database/ensure-database';
import { SERVER_URL, templateDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  await dropDatabase(`${SERVER_URL}/${templateDatabase()}`);
}
