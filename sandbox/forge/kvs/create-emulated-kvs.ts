import { KvsImpl } from '@forge/kvs/out/kvs';
import { StorageApi } from '@forge/kvs/out/storage-api';
import type { Clock, Kvs } from '../../../src/platform';
import type { EntityDefinition } from '../../../src/store/entity-definition';
import { compileEntities } from './entity-schema';
import { loadState, saveState } from './persistence';
import type { ServiceContext } from './service-context';
import { emptyState } from './state';
import { createStorageFetch } from './wire';

export interface EmulatedKvsOptions {
  /** The manifest's `app.storage.entities`. */
  readonly entities: readonly EntityDefinition[];
  /** A JSON file the store is loaded from and written through to (the sandbox); in memory when absent. */
  readonly persistTo?: string;
  /**
   * Write behind instead of through: the file is rewritten at most once per this many milliseconds after a change,
   * and at `flush()`. The whole store is one file, so writing it per request made the sandbox's busy moments (a
   * simulated day: hundreds of writes) spend most of their time serialising it.
   */
  readonly writeBehindMs?: number;
  readonly clock?: Clock;
}

export interface KvsEmulator {
  readonly kvs: Kvs;
  /** Requests served, by service path (e.g. `/api/v1/entity/query`), for tests and benchmarks to count. */
  readonly requests: ReadonlyMap<string, number>;
  /** Writes pending changes to `persistTo` now (a no-op when nothing changed since the last write). */
  flush(): void;
}

const systemClock: Clock = { now: () => new Date() };

/**
 * The real `@forge/kvs` client (its `KvsImpl` and `StorageApi`) over an in-process emulation of the storage
 * service. Builders, request shapes, KEY_NOT_FOUND handling and `ForgeKvsAPIError` all come from the package
 * itself, so the app's adapters run exactly the code they run on Forge; only the service behind the fetch is ours.
 * The two classes are imported from the package's `out/` files because the package exports only the instance.
 */
export function createKvsEmulator(options: EmulatedKvsOptions): KvsEmulator {
  const clock = options.clock ?? systemClock;
  const { persistTo } = options;
  const context: ServiceContext = {
    state: persistTo ? loadState(persistTo) : emptyState(),
    entities: compileEntities(options.entities),
    nowMs: () => clock.now().getTime(),
  };
  const requests = new Map<string, number>();
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!persistTo || !dirty) return;
    dirty = false;
    saveState(persistTo, context.state, context.nowMs());
  };
  const fetch = createStorageFetch({
    context,
    onWrite: () => {
      if (!persistTo) return;
      dirty = true;
      if (options.writeBehindMs === undefined) return flush();
      // unref: a pending write never keeps the process alive; the sandbox flushes when it stops.
      timer ??= setTimeout(flush, options.writeBehindMs).unref();
    },
    onRequest: (path) => requests.set(path, (requests.get(path) ?? 0) + 1),
  });
  const kvs: Kvs = new KvsImpl(new StorageApi(fetch));
  return { kvs, requests, flush };
}

export const createEmulatedKvs = (options: EmulatedKvsOptions): Kvs => createKvsEmulator(options).kvs;
