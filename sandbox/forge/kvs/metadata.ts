import { MetadataField } from '@forge/kvs';
import type { StoredItem } from './state';

/** Query results carry metadata only when asked for (the client passes query pages through untouched). */
export function queryResult(key: string, item: StoredItem, fields: readonly MetadataField[] | undefined) {
  const wanted = new Set(fields ?? []);
  return {
    key,
    value: item.value,
    ...(wanted.has(MetadataField.CREATED_AT) ? { createdAt: item.createdAt } : {}),
    ...(wanted.has(MetadataField.UPDATED_AT) ? { updatedAt: item.updatedAt } : {}),
    ...(wanted.has(MetadataField.EXPIRE_TIME) && item.expireAt !== undefined
      ? { expireTime: new Date(item.expireAt).toISOString() }
      : {}),
  };
}
