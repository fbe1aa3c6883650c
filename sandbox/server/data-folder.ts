/**
 * The sandbox's data folder: the emulated Forge storage (kvs.json, written behind by the kvs emulator) and the
 * sandbox's own state (sandbox.json: the world's clock, gadget configurations, the ids of the demo's records and
 * the journal of changes made to the simulated Jira since the seed). A folder it cannot read stops the start,
 * naming the file, and is never wiped: only --reset deletes, and only these files.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JournalEntry } from './journal';

export const STATE_FILE = 'sandbox.json';
export const KVS_FILE = 'kvs.json';
const FORMAT = 'okr-sandbox';
const VERSION = 1;

export interface SandboxState {
  format: typeof FORMAT;
  version: typeof VERSION;
  seed: number;
  /** Where the world's clock was when last saved. */
  worldNow: string;
  /** The last calendar day the daily scheduled job ran for. */
  dailyJobDay: string | null;
  /** Gadget configurations by gadget id, as Jira keeps them for `view.submit`. */
  gadgets: Record<string, Record<string, unknown>>;
  /** Ids of the demo's objectives and key results by plan ref, and how they were written. */
  demo: {
    objectives: Record<string, string>;
    keyResults: Record<string, string>;
    written: { viaResolvers: string[]; viaStorage: string[] };
  } | null;
  journal: JournalEntry[];
}

export class SandboxDataError extends Error {
  constructor(
    readonly dir: string,
    readonly why: string,
  ) {
    super(
      `Cannot use the sandbox data folder ${dir}: ${why}. Nothing in it was changed. ` +
        'Start with --reset to delete the sandbox files in that folder and seed a fresh demo, or with --data DIR to use another folder.',
    );
    this.name = 'SandboxDataError';
  }
}

export interface DataFolder {
  readonly dir: string;
  readonly kvsPath: string;
  /** undefined when the folder holds no sandbox yet (first start or after --reset). */
  readonly state: SandboxState | undefined;
  save(state: SandboxState): void;
}

export function freshState(seed: number, worldNow: Date): SandboxState {
  return {
    format: FORMAT,
    version: VERSION,
    seed,
    worldNow: worldNow.toISOString(),
    dailyJobDay: null,
    gadgets: {},
    demo: null,
    journal: [],
  };
}

export function openDataFolder(dir: string, options: { reset?: boolean } = {}): DataFolder {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new SandboxDataError(dir, 'it is a file, not a folder');
  if (options.reset) resetDataFolder(dir);
  const statePath = join(dir, STATE_FILE);
  const kvsPath = join(dir, KVS_FILE);
  let state: SandboxState | undefined;
  if (existsSync(statePath)) state = readState(dir, statePath);
  else if (existsSync(kvsPath)) throw new SandboxDataError(dir, `${KVS_FILE} is there but ${STATE_FILE} is missing`);
  return {
    dir,
    kvsPath,
    state,
    save(next) {
      mkdirSync(dir, { recursive: true });
      const temporary = `${statePath}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(next));
      renameSync(temporary, statePath);
    },
  };
}

/** Deletes only what the sandbox writes, so `--reset --data ~` cannot take anything else with it. */
function resetDataFolder(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const ours = name === STATE_FILE || name === KVS_FILE || /^(sandbox|kvs)\.json\.\d+\.tmp$/.test(name);
    if (ours) rmSync(join(dir, name), { force: true });
  }
}

function readState(dir: string, path: string): SandboxState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SandboxDataError(
      dir,
      `${STATE_FILE} is not readable JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const state = parsed as Partial<SandboxState> | null;
  if (!state || typeof state !== 'object' || state.format !== FORMAT || state.version !== VERSION) {
    throw new SandboxDataError(dir, `${STATE_FILE} is not a ${FORMAT} v${VERSION} file`);
  }
  const problems = [
    typeof state.seed !== 'number' && 'seed',
    (typeof state.worldNow !== 'string' || Number.isNaN(Date.parse(state.worldNow))) && 'worldNow',
    !Array.isArray(state.journal) && 'journal',
    (typeof state.gadgets !== 'object' || state.gadgets === null) && 'gadgets',
  ].filter(Boolean);
  if (problems.length > 0) throw new SandboxDataError(dir, `${STATE_FILE} has a malformed ${problems.join(', ')}`);
  return state as SandboxState;
}
