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
  // .test.tsx: the Custom UI's component tests (test/static/), each choosing jsdom with a docblock.
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/reliability/'],
  transform: {
    // The Custom UI's components (static/src) and their tests: TSX with React's automatic JSX runtime.
    '^.+\\.tsx$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } },
        module: { type: 'commonjs' },
      },
    ],
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
