import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { emptyState, isLive, type ItemMap, type KvsState, type StoredItem } from './state';

const FORMAT = 'forge-kvs-emulator';
const VERSION = 1;

interface StateFile {
  format: typeof FORMAT;
  version: typeof VERSION;
  plain: Record<string, StoredItem>;
  secret: Record<string, StoredItem>;
  entities: Record<string, Record<string, StoredItem>>;
}

/** A missing file is an empty store; an unreadable one stops start-up, naming the file, and is left untouched. */
export function loadState(path: string): KvsState {
  if (!existsSync(path)) return emptyState();
  const fail = (why: string): never => {
    throw new Error(`Emulated kvs: cannot load ${path}: ${why}. Fix or move the file; it was not changed.`);
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const file = parsed as Partial<StateFile> | null;
  if (!file || file.format !== FORMAT || file.version !== VERSION) fail(`not a ${FORMAT} v${VERSION} file`);
  const state = emptyState();
  readItems(file?.plain, state.plain, fail);
  readItems(file?.secret, state.secret, fail);
  if (!isRecord(file?.entities)) fail('"entities" is not an object');
  for (const [name, items] of Object.entries(file?.entities ?? {})) {
    const map: ItemMap = new Map();
    readItems(items, map, fail);
    state.entities.set(name, map);
  }
  return state;
}

function readItems(raw: unknown, into: ItemMap, fail: (why: string) => never): void {
  if (!isRecord(raw)) fail('an item section is not an object');
  for (const [key, item] of Object.entries(raw as Record<string, unknown>)) {
    const candidate = item as Partial<StoredItem> | null;
    if (!isRecord(candidate) || !('value' in candidate) || typeof candidate.createdAt !== 'number') {
      fail(`item '${key}' is malformed`);
    }
    into.set(key, candidate as StoredItem);
  }
}

/** Write-through, atomically: a crash mid-write leaves the previous file, never half of one. */
export function saveState(path: string, state: KvsState, nowMs: number): void {
  const live = (items: ItemMap) => Object.fromEntries([...items].filter(([, item]) => isLive(item, nowMs)));
  const file: StateFile = {
    format: FORMAT,
    version: VERSION,
    plain: live(state.plain),
    secret: live(state.secret),
    entities: Object.fromEntries([...state.entities].map(([name, items]) => [name, live(items)])),
  };
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(file));
  renameSync(temporary, path);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
