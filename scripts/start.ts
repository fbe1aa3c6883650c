/**
 * `npm start`: the local sandbox. Builds the UI if static/dist is missing, then serves the real app on emulated
 * Forge services and a simulated Jira at http://127.0.0.1:8787 (PORT to change), with the demo organisation.
 * `npm run demo` still prints the rollup of the small sample portfolio (scripts/demo-rollup.ts).
 */
import '../sandbox/server/esm-only-packages';
import { PortInUseError, SandboxDataError, startSandbox } from '../sandbox/server';
import { USAGE, parseStartOptions } from '../sandbox/server/start-options';
import { ensureStaticBuild } from '../sandbox/server/static-build';
import { DEMO_USERS } from '../sandbox/demo/users';

async function main(): Promise<void> {
  let options;
  try {
    options = parseStartOptions(process.argv.slice(2), process.env, process.cwd());
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  ensureStaticBuild({ force: options.rebuild, log: console.log });
  console.log(`Starting the OKR sandbox (data in ${options.dataDir}${options.reset ? ', reset' : ''})…`);
  const sandbox = await startSandbox({
    port: options.port,
    dataDir: options.dataDir,
    reset: options.reset,
    log: console.log,
  });
  const ada = DEMO_USERS[0];
  console.log(`
OKR Rollup for Jira: local sandbox at ${sandbox.url}

  ${sandbox.url}/                     start here (demo users, examples, API)
  ${sandbox.url}/jira/dashboard        dashboard gadgets
  ${sandbox.url}/jira/apps/okr-portfolio  portfolio
  Jira REST API: ${sandbox.url}/rest/api/3/  (basic auth, e.g. ${ada?.email}:${ada?.apiToken})
  Resolvers:     POST ${sandbox.url}/sandbox/invoke {"key","payload","accountId"}

Press Ctrl+C to stop; the data stays in ${options.dataDir} (--reset to start afresh).`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof PortInUseError || error instanceof SandboxDataError) console.error(error.message);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
