/**
 * The `fields` parameter of issue reads: comma-separated lists (possibly repeated) of field ids, `*all`,
 * `*navigable`, `id`, `key`, and `-field` exclusions. Unknown field ids are ignored, as Jira ignores them.
 */
import { FIELDS } from '../catalog/fields';

export interface FieldSelection {
  /** Whether a field id is to be rendered. */
  includes(fieldId: string): boolean;
  /** Whether the key (and self/expand/fields) appear at all: false when only `id` was asked for. */
  withKey: boolean;
  withFields: boolean;
  /** Only id/key requested: search pages may then hold up to 5000 issues instead of 100. */
  onlyIdOrKey: boolean;
}

export function parseFieldSelection(raw: readonly string[] | undefined, defaults: readonly string[]): FieldSelection {
  let tokens = (raw ?? [])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (tokens.length === 0) tokens = [...defaults];
  const positives = tokens.filter((t) => !t.startsWith('-'));
  const negatives = new Set(tokens.filter((t) => t.startsWith('-')).map((t) => t.slice(1)));
  if (positives.length === 0) positives.push('*navigable');
  const all = positives.includes('*all');
  const navigable = positives.includes('*navigable');
  const named = new Set(positives.filter((t) => !t.startsWith('*')));
  const fieldTokens = positives.filter((t) => t !== 'id' && t !== 'key');
  const includes = (fieldId: string): boolean => {
    if (negatives.has(fieldId)) return false;
    if (all || named.has(fieldId)) return true;
    if (navigable) return FIELDS.find((f) => f.id === fieldId)?.navigable ?? false;
    return false;
  };
  return {
    includes,
    withKey: named.has('key') || fieldTokens.length > 0,
    withFields: fieldTokens.length > 0,
    onlyIdOrKey: fieldTokens.length === 0,
  };
}
