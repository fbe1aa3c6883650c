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
  readonly clock?: Clock;
}

export interface KvsEmulator {
  readonly kvs: Kvs;
  /** Requests served, by service path (e.g. `/api/v1/entity/query`), for tests and benchmarks to count. */
  readonly requests: ReadonlyMap<string, number>;
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
  const fetch = createStorageFetch({
    context,
    onWrite: () => {
      if (persistTo) saveState(persistTo, context.state, context.nowMs());
    },
    onRequest: (path) => requests.set(path, (requests.get(path) ?? 0) + 1),
  });
  const kvs: Kvs = new KvsImpl(new StorageApi(fetch));
  return { kvs, requests };
}

export const createEmulatedKvs = (options: EmulatedKvsOptions): Kvs => createKvsEmulator(options).kvs;
