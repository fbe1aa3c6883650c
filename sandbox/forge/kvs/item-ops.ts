import type { ExtendedSetOptions, SetOptions, Ttl } from '@forge/kvs';
import { KvsErrorCode, KvsServiceError, badRequest } from './service-error';
import { itemResponse, liveItem, type StoredItem } from './state';
import type { Target } from './targets';

const TTL_UNIT_MS = { SECONDS: 1_000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 } as const;

export function readItem(target: Target, rawKey: unknown, nowMs: number) {
  const key = target.checkKey(rawKey);
  const item = liveItem(target.items, key, nowMs);
  // The real client turns this 404 into `undefined`.
  if (!item) throw new KvsServiceError(404, KvsErrorCode.KEY_NOT_FOUND, `Key '${key}' was not found.`);
  return itemResponse(key, item);
}

/** Validates a write without applying it, so transactions can check every item before touching any. */
export function prepareWrite(
  target: Target,
  rawKey: unknown,
  value: unknown,
  options: SetOptions | ExtendedSetOptions | undefined,
  nowMs: number,
) {
  const key = target.checkKey(rawKey);
  target.checkValue(value);
  const previous = liveItem(target.items, key, nowMs);
  if (options && 'keyPolicy' in options && options.keyPolicy === 'FAIL_IF_EXISTS' && previous) {
    throw new KvsServiceError(409, KvsErrorCode.KEY_CONFLICT, `Key '${key}' already exists.`);
  }
  const expireAt = expiry(options?.ttl, nowMs);
  const item: StoredItem = {
    value,
    createdAt: previous?.createdAt ?? nowMs,
    updatedAt: nowMs,
    ...(expireAt === undefined ? {} : { expireAt }),
  };
  return {
    key,
    previous,
    item,
    apply: () => void target.items.set(key, item),
  };
}

export function writeItem(
  target: Target,
  rawKey: unknown,
  value: unknown,
  options: SetOptions | ExtendedSetOptions | undefined,
  nowMs: number,
) {
  const write = prepareWrite(target, rawKey, value, options, nowMs);
  write.apply();
  const returnValue = options && 'returnValue' in options ? options.returnValue : undefined;
  if (returnValue === 'LATEST') return itemResponse(write.key, write.item);
  if (returnValue === 'PREVIOUS' && write.previous) return itemResponse(write.key, write.previous);
  return undefined;
}

/** Deleting a missing key succeeds, as in the real client (which swallows KEY_NOT_FOUND on delete). */
export function deleteItem(target: Target, rawKey: unknown): void {
  target.items.delete(target.checkKey(rawKey));
}

function expiry(ttl: Ttl | undefined, nowMs: number): number | undefined {
  if (ttl === undefined) return undefined;
  const unitMs = TTL_UNIT_MS[ttl.unit];
  if (unitMs === undefined || !Number.isInteger(ttl.value) || ttl.value < 1) {
    throw badRequest(KvsErrorCode.INVALID_TTL, `Invalid ttl ${JSON.stringify(ttl)}.`);
  }
  return nowMs + ttl.value * unitMs;
}
