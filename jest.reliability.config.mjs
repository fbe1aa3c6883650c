/**
 * npm run test:reliability: the scaled scenarios of test/reliability (issue 9), their figures printed at the end by
 * a reporter. Same transforms as jest.config.cjs; plain `jest` leaves this folder out.
 */
import base from './jest.config.cjs';

export default {
  ...base,
  roots: ['<rootDir>/test/reliability'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: '<rootDir>/test/reliability/support/global-setup.ts',
  reporters: ['default', '<rootDir>/test/reliability/support/figures-reporter.mjs'],
  testTimeout: 120_000,
};
