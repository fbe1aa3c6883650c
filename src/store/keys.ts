import { createHash, randomUUID } from 'node:crypto';
import { DomainError, targetKey, type Target } from '../domain';

/** Forge's key rules (limits-kvs-ce): at most 500 characters of this alphabet, not only spaces. */
const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;
const KEY_MAX_LENGTH = 500;

/** A storage key from id parts. Ids come from `newRecordId`, so a refusal here is a bug, hence thrown. */
export function recordKey(...parts: readonly string[]): string {
  const key = parts.join('#');
  if (key.length > KEY_MAX_LENGTH || !KEY_PATTERN.test(key)) {
    throw new DomainError('VALIDATION', `'${key.slice(0, 80)}' cannot be a storage key.`);
  }
  return key;
}

export const newRecordId = (): string => randomUUID();

/**
 * The indexed form of a target: the domain's `targetKey` (`epic:10001`), except that a JQL scope, up to 2000
 * characters of free text, is indexed by its digest so every index value stays short.
 */
export function targetIndexKey(target: Target): string {
  return target.kind === 'jql' ? `jql:${digest(targetKey(target))}` : targetKey(target);
}

export const digest = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 40);

/** ISO instants with offsets do not sort as strings; their UTC form does, so range attributes use it. */
export const sortableInstant = (isoDateTime: string): string => new Date(isoDateTime).toISOString();
