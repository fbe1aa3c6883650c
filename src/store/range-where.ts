import { WhereConditions } from '@forge/kvs';

/** An inclusive range condition on an index's range attribute, from whichever bounds are given. */
export function rangeWhere(low?: string, high?: string) {
  if (low !== undefined && high !== undefined) return { where: WhereConditions.between(low, high) };
  if (low !== undefined) return { where: WhereConditions.greaterThanEqualTo(low) };
  if (high !== undefined) return { where: WhereConditions.lessThanEqualTo(high) };
  return {};
}
