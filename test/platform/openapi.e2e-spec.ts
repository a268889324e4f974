import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from '../../src/platform/http/swagger';
import { startTestApp, type TestApp } from '../support/test-app';

const COMMITTED = join(__dirname, '../../openapi.json');

/**
 * The OpenAPI document is committed, so that a change to the API shows in review. This test fails
 * when the document the code describes differs from the committed one; `npm run openapi:update`
 * rewrites it.
 */
describe('the committed OpenAPI document', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(() => app.close());

  it('is the one the code describes', () => {
    const current = `${JSON.stringify(buildOpenApiDocument(app.app), null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI === '1') writeFileSync(COMMITTED, current);
    expect(current).toBe(readFileSync(COMMITTED, 'utf8'));
  });
});
