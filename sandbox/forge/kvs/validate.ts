import { KVS_LIMITS } from './limits';
import { badRequest, KvsErrorCode } from './service-error';

export type KeySpace = 'plain' | 'secret' | 'entity';

export function validateKey(key: unknown, space: KeySpace): string {
  if (typeof key !== 'string' || key.length === 0) {
    throw badRequest(space === 'entity' ? KvsErrorCode.EMPTY_KEY : KvsErrorCode.KEY_TOO_SHORT, 'Key cannot be empty.');
  }
  if (key.length > KVS_LIMITS.keyMaxLength) {
    throw badRequest(
      KvsErrorCode.KEY_TOO_LONG,
      `The provided key has exceeded the maximum ${KVS_LIMITS.keyMaxLength} characters.`,
    );
  }
  if (!KVS_LIMITS.keyPattern.test(key)) {
    throw badRequest(KvsErrorCode.INVALID_KEY, `The provided key does not match ${String(KVS_LIMITS.keyPattern)}.`);
  }
  return key;
}

/** Size and depth of a value as it travels: JSON. `undefined` cannot be stored (JSON drops it). */
export function validateValue(value: unknown): void {
  if (value === undefined) {
    throw badRequest(KvsErrorCode.INVALID_VALUE, 'A value is required.');
  }
  const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
  if (bytes > KVS_LIMITS.valueMaxBytes) {
    throw badRequest(
      KvsErrorCode.MAX_SIZE,
      `The provided value (${bytes} bytes) has exceeded the maximum size of ${KVS_LIMITS.valueMaxBytes} bytes.`,
    );
  }
  if (depthOf(value) > KVS_LIMITS.valueMaxDepth) {
    throw badRequest(
      KvsErrorCode.MAX_DEPTH,
      `The provided value has exceeded the maximum object depth (${KVS_LIMITS.valueMaxDepth}).`,
    );
  }
}

function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  let deepest = 0;
  for (const child of children) deepest = Math.max(deepest, depthOf(child));
  return deepest + 1;
}
