/** @type {import('jest').Config} */
const transform = { '^.+\\.ts$': ['@swc/jest'] };
// ESM-only packages the Vonage SDK requires, which Jest cannot load on Node 20.
const moduleNameMapper = {
  '^node-fetch$': '<rootDir>/test/setup/esm-shims/node-fetch.js',
  '^uuid$': '<rootDir>/test/setup/esm-shims/uuid.js',
};

module.exports = {
  testTimeout: 30000,
  // A worker a core: the tests wait on PostgreSQL, Redis and HTTP more than they compute, and Jest's
  // default (one less than the cores) leaves a 2-core machine running them one file at a time.
  maxWorkers: '100%',
  reporters: ['default', '<rootDir>/test/setup/summary-reporter.js'],
  projects: [
    {
      // Pure code: no database, Redis or HTTP.
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      roots: ['<rootDir>/src', '<rootDir>/libs', '<rootDir>/bench', '<rootDir>/test/lint', '<rootDir>/test/contract'],
      testMatch: ['**/*.spec.ts'],
    },
    {
      // Adapters and simulators against a real local server (HTTP, Redis), without the app.
      displayName: 'medium',
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      roots: ['<rootDir>/src', '<rootDir>/libs'],
      testMatch: ['**/*.medium-spec.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      setupFiles: ['<rootDir>/test/setup/per-file-env.ts'],
    },
  ],
};
