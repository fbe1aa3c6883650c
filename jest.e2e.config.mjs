/**
 * npm run test:e2e: the sandbox driven in Debian's Chromium through playwright-core (test/e2e/), never a browser
 * download. Same transforms as jest.config.cjs; one worker, since each suite starts a sandbox and a browser.
 */
import base from './jest.config.cjs';

export default {
  ...base,
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: '<rootDir>/test/e2e/global-setup.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
};
