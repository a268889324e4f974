/** @type {import('jest').Config} */
const transform = { '^.+\\.ts$': ['@swc/jest'] };

module.exports = {
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/setup/summary-reporter.js'],
  projects: [
    {
      // Pure code: no database, Redis or HTTP.
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      roots: ['<rootDir>/src', '<rootDir>/libs', '<rootDir>/test/lint', '<rootDir>/test/contract'],
      testMatch: ['**/*.spec.ts'],
    },
    {
      // Adapters and simulators against a real local server (HTTP, Redis), without the app.
      displayName: 'medium',
      testEnvironment: 'node',
      transform,
      roots: ['<rootDir>/src', '<rootDir>/libs'],
      testMatch: ['**/*.medium-spec.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform,
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      setupFiles: ['<rootDir>/test/setup/per-file-env.ts'],
    },
  ],
};
