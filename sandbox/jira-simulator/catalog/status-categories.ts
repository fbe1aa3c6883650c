/**
 * Jira's four status categories, with the ids, keys and colour names Jira Cloud really uses (the OpenAPI example
 * with `in-flight`/`completed` is fake). Category 1 exists but no status uses it.
 */
import type { StatusCategoryKey } from '../types';

export interface StatusCategoryDef {
  id: number;
  key: StatusCategoryKey | 'undefined';
  colorName: string;
  name: string;
}

export const STATUS_CATEGORIES: readonly StatusCategoryDef[] = [
  { id: 1, key: 'undefined', colorName: 'medium-gray', name: 'No Category' },
  { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  { id: 3, key: 'done', colorName: 'green', name: 'Done' },
];

export function statusCategoryByKey(key: StatusCategoryKey): StatusCategoryDef {
  const found = STATUS_CATEGORIES.find((c) => c.key === key);
  if (!found) throw new Error(`unknown status category ${key}`);
  return found;
}
