/** The local sandbox: `npm start` (scripts/start.ts) runs `startSandbox`; tests start it on port 0. */
export { DEFAULT_PORT, PortInUseError, startSandbox, type RunningSandbox, type SandboxOptions } from './server';
export { SandboxDataError } from './data-folder';
export type { SandboxRuntime, SimulationReport } from './runtime';
