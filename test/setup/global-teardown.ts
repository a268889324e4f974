import { dropDatabase } from '../../src/platform/database/ensure-database';
import { SERVER_URL, TEMPLATE_DATABASE } from './test-database';

export default async function globalTeardown(): Promise<void> {
  await dropDatabase(`${SERVER_URL}/${TEMPLATE_DATABASE}`);
}
