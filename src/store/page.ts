import { DomainError } from '../domain';

export interface PageRequest {
  /** From the previous page's `nextCursor`; cursors are not stable over time, so never store one. */
  cursor?: string;
  limit?: number;
}

export interface Page<T> {
  items: T[];
  /** Present while more may follow. A page can be short, or even empty, and still have one. */
  nextCursor?: string;
}

export const DEFAULT_PAGE_SIZE = 20;

/** Follows cursors to the end. Bounded, because an unbounded loop in a 25-second invocation is a bug. */
export async function collectAll<T>(
  fetchPage: (request: PageRequest) => Promise<Page<T>>,
  { maxItems = 10_000, limit = DEFAULT_PAGE_SIZE }: { maxItems?: number; limit?: number } = {},
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor === undefined ? { limit } : { cursor, limit });
    items.push(...page.items);
    if (items.length > maxItems) throw new DomainError('INTERNAL', `More than ${maxItems} records: page instead.`);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return items;
}
