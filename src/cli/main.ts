/** The `okr-rollup` entry under tsx (bin/okr-rollup). jira.js is ESM-only: teach require its `import` condition first. */
import '../../sandbox/server/esm-only-packages';
import { readFile } from 'node:fs/promises';
import { main } from './run';

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  env: process.env,
  isTTY: process.stderr.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `okr-rollup failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
