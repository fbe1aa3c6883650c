import { targetKey, type FieldError, type Target } from '../../domain';

/** A target listed twice would be counted once anyway; listing it twice is a mistake worth naming. */
export function duplicateTargets(targets: readonly Target[], path: string): FieldError[] {
  const seen = new Set<string>();
  const problems: FieldError[] = [];
  targets.forEach((target, index) => {
    const key = targetKey(target);
    if (seen.has(key)) problems.push({ path: `${path}.${index}`, message: 'lists a target already listed' });
    seen.add(key);
  });
  return problems;
}
