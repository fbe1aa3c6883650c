import type { EntityQueryFilters } from '@forge/kvs/out/interfaces/kvs-api';
import { badRequest, KvsErrorCode } from './service-error';

export interface Clause {
  readonly condition: string;
  readonly values: readonly unknown[];
}

const ARITY: Readonly<Record<string, number>> = {
  BEGINS_WITH: 1,
  BETWEEN: 2,
  CONTAINS: 1,
  NOT_CONTAINS: 1,
  EQUAL_TO: 1,
  NOT_EQUAL_TO: 1,
  EXISTS: 1,
  NOT_EXISTS: 1,
  GREATER_THAN: 1,
  GREATER_THAN_EQUAL_TO: 1,
  LESS_THAN: 1,
  LESS_THAN_EQUAL_TO: 1,
};

/** Conditions allowed on an index's range (`WhereConditions`); filters allow all of ARITY (`FilterConditions`). */
export const RANGE_CONDITIONS: ReadonlySet<string> = new Set([
  'BEGINS_WITH',
  'BETWEEN',
  'EQUAL_TO',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
]);

export function checkClause(clause: unknown, allowed?: ReadonlySet<string>): Clause {
  const candidate = clause as Partial<Clause> | null;
  const arity = candidate && typeof candidate.condition === 'string' ? ARITY[candidate.condition] : undefined;
  if (
    !candidate ||
    arity === undefined ||
    (allowed && !allowed.has(candidate.condition as string)) ||
    !Array.isArray(candidate.values) ||
    candidate.values.length !== arity
  ) {
    throw badRequest(KvsErrorCode.INVALID_QUERY, `Unsupported condition ${JSON.stringify(clause)}.`);
  }
  return candidate as Clause;
}

/**
 * Whether a stored attribute satisfies a condition. Comparisons hold only between values of one type (number with
 * number, string with string), as in the DynamoDB-style stores this API mirrors; a missing attribute satisfies
 * only NOT_EXISTS, NOT_EQUAL_TO and NOT_CONTAINS.
 */
export function satisfies(actual: unknown, { condition, values }: Clause): boolean {
  const [first, second] = values;
  switch (condition) {
    case 'EXISTS':
      return actual !== undefined;
    case 'NOT_EXISTS':
      return actual === undefined;
    case 'EQUAL_TO':
      return actual === first;
    case 'NOT_EQUAL_TO':
      return actual !== first;
    case 'BEGINS_WITH':
      return typeof actual === 'string' && actual.startsWith(String(first));
    case 'CONTAINS':
      return contains(actual, first);
    case 'NOT_CONTAINS':
      return !contains(actual, first);
    case 'GREATER_THAN':
      return compareSameType(actual, first) > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return compareSameType(actual, first) >= 0;
    case 'LESS_THAN':
      return compareSameType(actual, first) < 0;
    case 'LESS_THAN_EQUAL_TO':
      return compareSameType(actual, first) <= 0;
    case 'BETWEEN':
      return compareSameType(actual, first) >= 0 && compareSameType(actual, second) <= 0;
    default:
      return false;
  }
}

function contains(actual: unknown, needle: unknown): boolean {
  if (typeof actual === 'string') return typeof needle === 'string' && actual.includes(needle);
  if (Array.isArray(actual)) return actual.includes(needle);
  return false;
}

/** Orders two values of one type; values of different types are incomparable: NaN, which fails every test. */
function compareSameType(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return Number.NaN;
}

/** Orders index entries: numbers numerically, strings by code unit. */
export function compareRangeValues(a: unknown, b: unknown): number {
  const order = compareSameType(a, b);
  return Number.isNaN(order) ? String(a).localeCompare(String(b)) : order;
}

/**
 * `{and: [...]}` or `{or: [...]}` over an item's attributes; no filters match everything. Only declared attributes
 * can be named: a typo would otherwise read as "missing" and quietly fail every condition.
 */
export function matchesFilters(
  attributes: Readonly<Record<string, unknown>>,
  filters: EntityQueryFilters | undefined,
  declared: ReadonlyMap<string, unknown>,
): boolean {
  if (!filters) return true;
  const { and, or } = filters;
  if (and && or) throw badRequest(KvsErrorCode.INVALID_QUERY, 'Filters are either all "and" or all "or".');
  const clauses = (and ?? or ?? []).map((filter) => {
    if (!declared.has(filter.property)) {
      throw badRequest(KvsErrorCode.INVALID_QUERY, `Condition on undeclared attribute '${filter.property}'.`);
    }
    return { property: filter.property, clause: checkClause(filter) };
  });
  const test = ({ property, clause }: (typeof clauses)[number]) => satisfies(attributes[property], clause);
  if (clauses.length === 0) return true;
  return and ? clauses.every(test) : clauses.some(test);
}
