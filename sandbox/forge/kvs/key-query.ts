import type { QueryRequest, QueryResponse } from '@forge/kvs/out/interfaces/kvs-api';
import { decodeCursor, encodeCursor, pageLimit } from './cursor';
import { KVS_LIMITS } from './limits';
import { queryResult } from './metadata';
import type { ServiceContext } from './service-context';
import { badRequest, KvsErrorCode } from './service-error';
import { isLive } from './state';

const SCOPE = 'kvs-query';

/** `kvs.query()`: plain keys only (never secrets, never entities), in key order, one optional key prefix. */
export function queryKeys(context: ServiceContext, request: QueryRequest): QueryResponse<unknown> {
  const limit = pageLimit(request.limit, KVS_LIMITS.keyQueryDefaultLimit, KVS_LIMITS.keyQueryMaxLimit);
  const prefix = keyPrefix(request.where);
  const after = decodeCursor(request.after, SCOPE)?.key;
  const now = context.nowMs();
  const keys = [...context.state.plain.keys()]
    .filter((key) => key.startsWith(prefix) && (after === undefined || key > after))
    .sort();
  const data = [];
  let last: string | undefined;
  for (const key of keys) {
    const item = context.state.plain.get(key);
    if (!item || !isLive(item, now)) continue;
    if (data.length === limit) {
      return { data, cursor: encodeCursor({ scope: SCOPE, key: last as string }) };
    }
    data.push(queryResult(key, item, request.options?.metadataFields));
    last = key;
  }
  return { data };
}

function keyPrefix(where: QueryRequest['where']): string {
  if (!where || where.length === 0) return '';
  const [clause] = where;
  // "There may only be a single where condition", on `key`, and beginsWith is the only condition.
  if (
    where.length > 1 ||
    clause?.property !== 'key' ||
    clause.condition !== 'BEGINS_WITH' ||
    clause.values.length !== 1
  ) {
    throw badRequest(KvsErrorCode.INVALID_QUERY, 'kvs.query() supports one where("key", beginsWith(prefix)).');
  }
  return String(clause.values[0]);
}
