/** Jest runs TypeScript through SWC (no type-check; `npm run typecheck` does that) and compiles the
 *  ESM-only dependencies (jira.js, p-retry, is-network-error) to CommonJS so Jest can load them. */
const esmOnly = ['jira\\.js', 'p-retry', 'is-network-error'];

module.exports = {
  testEnvironment: 'node',
  // jira.js exports only an `import` condition, which Jest's CommonJS resolver skips: point at its files.
  moduleNameMapper: {
    '^jira\\.js$': '<rootDir>/node_modules/jira.js/dist/index.js',
    '^jira\\.js/(.*)$': '<rootDir>/node_modules/jira.js/dist/$1/index.js',
  },
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
};
