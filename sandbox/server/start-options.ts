/** `npm start [-- --data DIR] [--reset] [--rebuild]` with `PORT` from the environment. */
import { resolve } from 'node:path';
import { DEFAULT_PORT } from './server';

export interface StartOptions {
  port: number;
  dataDir: string;
  reset: boolean;
  /** Build the UI even if static/dist exists (npm run sandbox). */
  rebuild: boolean;
}

export const USAGE = `Usage: npm start [-- --data DIR] [--reset] [--rebuild]
  PORT=8788 npm start   listen on another port (default ${DEFAULT_PORT})
  --data DIR            the sandbox's storage folder (default .data/sandbox)
  --reset               delete the sandbox's files in that folder and seed a fresh demo
  --rebuild             build the UI (static/) first even if static/dist exists`;

export function parseStartOptions(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): StartOptions {
  const options: StartOptions = {
    port: DEFAULT_PORT,
    dataDir: resolve(cwd, '.data/sandbox'),
    reset: false,
    rebuild: false,
  };
  if (env.PORT !== undefined && env.PORT !== '') {
    const port = Number(env.PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`PORT must be a port number, not '${env.PORT}'.`);
    options.port = port;
  }
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--reset') options.reset = true;
    else if (arg === '--rebuild') options.rebuild = true;
    else if (arg === '--data' || arg.startsWith('--data=')) {
      const value = arg === '--data' ? argv[(i += 1)] : arg.slice('--data='.length);
      if (!value) throw new Error('--data needs a folder.');
      options.dataDir = resolve(cwd, value);
    } else throw new Error(`Unknown option '${arg}'.`);
  }
  return options;
}
