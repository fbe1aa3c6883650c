import type {
  BatchDeleteRequest,
  BatchGetRequest,
  BatchGetResult,
  BatchItemError,
  BatchSetRequest,
  BatchSetResponse,
} from '@forge/kvs/out/interfaces/kvs-api';
import { deleteItem, readItem, writeItem } from './item-ops';
import { KVS_LIMITS } from './limits';
import type { ServiceContext } from './service-context';
import { badRequest, KvsErrorCode, KvsServiceError } from './service-error';
import { targetFor } from './targets';

/** Batches succeed or fail per item (unlike transactions); an item's failure is reported, not thrown. */
export function batchSet(context: ServiceContext, items: BatchSetRequest<unknown>): BatchSetResponse {
  checkSize(items);
  return perItem(items, ({ entityName, key, value, options }) => {
    writeItem(targetFor(context, entityName), key, value, options, context.nowMs());
  });
}

export function batchDelete(context: ServiceContext, items: BatchDeleteRequest): BatchSetResponse {
  checkSize(items);
  return perItem(items, ({ entityName, key }) => deleteItem(targetFor(context, entityName), key));
}

/** A missing key is reported in failedKeys as KEY_NOT_FOUND (?): the docs do not say how batchGet reports it. */
export function batchGet(context: ServiceContext, items: BatchGetRequest): BatchGetResult<unknown> {
  checkSize(items);
  const result: BatchGetResult<unknown> = { successfulKeys: [], failedKeys: [] };
  for (const { entityName, key } of items) {
    try {
      const found = readItem(targetFor(context, entityName), key, context.nowMs());
      result.successfulKeys.push({ ...found, ...(entityName === undefined ? {} : { entityName }) });
    } catch (error) {
      result.failedKeys.push(itemError(key, entityName, error));
    }
  }
  return result;
}

function perItem<T extends { key: string; entityName?: string }>(items: T[], run: (item: T) => void): BatchSetResponse {
  const result: BatchSetResponse = { successfulKeys: [], failedKeys: [] };
  for (const item of items) {
    try {
      run(item);
      result.successfulKeys.push({
        key: item.key,
        ...(item.entityName === undefined ? {} : { entityName: item.entityName }),
      });
    } catch (error) {
      result.failedKeys.push(itemError(item.key, item.entityName, error));
    }
  }
  return result;
}

function itemError(key: string, entityName: string | undefined, error: unknown): BatchItemError {
  if (!(error instanceof KvsServiceError)) throw error;
  return {
    key,
    ...(entityName === undefined ? {} : { entityName }),
    error: { code: error.code, message: error.message },
  };
}

function checkSize(items: unknown): void {
  if (!Array.isArray(items) || items.length === 0 || items.length > KVS_LIMITS.batchMaxItems) {
    throw badRequest(KvsErrorCode.INVALID_QUERY, `A batch holds 1 to ${KVS_LIMITS.batchMaxItems} items.`);
  }
}
