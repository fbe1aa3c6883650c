import type { StorageApi } from '@forge/kvs/out/storage-api';
import { batchDelete, batchGet, batchSet } from './batch';
import { queryEntity } from './entity-query';
import { deleteItem, readItem, writeItem } from './item-ops';
import { queryKeys } from './key-query';
import type { ServiceContext } from './service-context';
import { KvsErrorCode, KvsServiceError } from './service-error';
import { entityTarget, plainTarget } from './targets';
import { transact } from './transaction';

/** The fetch the real `StorageApi` is built with: what `__forge_fetch__` reaches in production. */
export type StorageFetch = ConstructorParameters<typeof StorageApi>[0];

// Bodies are what the real client sends (types in @forge/kvs/out/interfaces/kvs-api); `any` here only because
// one table holds every route: each handler below names the field it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Route = { readonly writes: boolean; run(context: ServiceContext, body: any): unknown };

const read = (run: Route['run']): Route => ({ writes: false, run });
const write = (run: Route['run']): Route => ({ writes: true, run });

const ROUTES: Readonly<Record<string, Route>> = {
  '/api/v1/get': read((c, b) => readItem(plainTarget(c), b.key, c.nowMs())),
  '/api/v1/set': write((c, b) => writeItem(plainTarget(c), b.key, b.value, b.options, c.nowMs())),
  '/api/v1/delete': write((c, b) => deleteItem(plainTarget(c), b.key)),
  '/api/v1/secret/get': read((c, b) => readItem(plainTarget(c, 'secret'), b.key, c.nowMs())),
  '/api/v1/secret/set': write((c, b) => writeItem(plainTarget(c, 'secret'), b.key, b.value, b.options, c.nowMs())),
  '/api/v1/secret/delete': write((c, b) => deleteItem(plainTarget(c, 'secret'), b.key)),
  '/api/v1/entity/get': read((c, b) => readItem(entityTarget(c, b.entityName), b.key, c.nowMs())),
  '/api/v1/entity/set': write((c, b) => writeItem(entityTarget(c, b.entityName), b.key, b.value, b.options, c.nowMs())),
  '/api/v1/entity/delete': write((c, b) => deleteItem(entityTarget(c, b.entityName), b.key)),
  '/api/v1/query': read(queryKeys),
  '/api/v1/entity/query': read(queryEntity),
  '/api/v1/batch/get': read(batchGet),
  '/api/v1/batch/set': write(batchSet),
  '/api/v1/batch/delete': write(batchDelete),
  '/api/v1/transaction': write(transact),
};

export interface WireOptions {
  readonly context: ServiceContext;
  /** After every request that may have changed the state (persistence hooks in here). */
  readonly onWrite: () => void;
  readonly onRequest?: (path: string, requestBytes: number) => void;
}

/** Speaks the storage service's HTTP contract: JSON in, JSON or an empty body out, `{code, message}` on error. */
export function createStorageFetch({ context, onWrite, onRequest }: WireOptions): StorageFetch {
  return async (path, init) => {
    const text = typeof init?.body === 'string' ? init.body : '';
    onRequest?.(path, Buffer.byteLength(text, 'utf8'));
    const route = ROUTES[path];
    try {
      if (!route) throw new KvsServiceError(404, KvsErrorCode.NOT_FOUND, `No storage endpoint ${path}.`);
      const result = route.run(context, JSON.parse(text || '{}'));
      if (route.writes) onWrite();
      return result === undefined
        ? new Response(null, { status: 204 })
        : new Response(JSON.stringify(result), { status: 200, headers: { 'content-type': 'application/json' } });
    } catch (error) {
      if (!(error instanceof KvsServiceError)) throw error;
      return new Response(JSON.stringify({ code: error.code, message: error.message }), {
        status: error.status,
        headers: { 'content-type': 'application/json' },
      });
    }
  };
}
