import { FilterConditions, ForgeKvsAPIError, Filter } from '@forge/kvs';
import { z } from 'zod';
import { DomainError, err, IsoDateTime, ok, type Result } from '../domain';
import type { Kvs } from '../platform';
import { ENTITY } from './entities';
import { ConflictError } from './errors';
import { recordKey } from './keys';
import { defineRecordCodec, type StoredRecord } from './record-codec';

const StatusCategory = z.enum(['new', 'indeterminate', 'done']);
/** Jira's changelog id of the change (0 for the issue's creation): the order of an issue's changes. */
const Rank = z.number().int().min(0);
const ChangeBase = { rank: Rank, at: IsoDateTime };

/** An issue as a full read (bulkfetch) saw it; a sub-task also keeps its parent's parent, the epic it reaches. */
export const ObservedIssueState = z.object({
  parentId: z.string().nullable(),
  grandparentId: z.string().nullable().optional(),
  projectId: z.string(),
  versionIds: z.array(z.string()),
  level: z.number().int(),
  statusCategory: StatusCategory,
  points: z.number().nullable(),
});
export type ObservedIssueState = z.infer<typeof ObservedIssueState>;

/**
 * One field change from an event's changelog. Status and issue type changes carry Jira's ids and, when known, the
 * category or hierarchy level they stand for: the "from" side is resolved later from what the app has learned.
 */
export const IssueChange = z.discriminatedUnion('field', [
  z.object({
    field: z.literal('status'),
    ...ChangeBase,
    fromId: z.string().nullable(),
    toId: z.string().nullable(),
    from: StatusCategory.optional(),
    to: StatusCategory.optional(),
  }),
  z.object({ field: z.literal('parent'), ...ChangeBase, from: z.string().nullable(), to: z.string().nullable() }),
  z.object({ field: z.literal('version'), ...ChangeBase, versionId: z.string(), from: z.boolean(), to: z.boolean() }),
  z.object({ field: z.literal('points'), ...ChangeBase, from: z.number().nullable(), to: z.number().nullable() }),
  z.object({ field: z.literal('project'), ...ChangeBase, from: z.string().nullable(), to: z.string().nullable() }),
  z.object({
    field: z.literal('level'),
    ...ChangeBase,
    fromTypeId: z.string().nullable(),
    toTypeId: z.string().nullable(),
    from: z.number().int().optional(),
    to: z.number().int().optional(),
  }),
]);
export type IssueChange = z.infer<typeof IssueChange>;

/**
 * What the issue-event trigger knows about one issue: a lattice that merges in any order (docs/adr/0007). Each
 * source is ranked by the changelog id it came with, so a duplicate adds nothing and a late, older event cannot
 * overwrite newer knowledge.
 */
export const IssueHistory = z.object({
  /** The Jira issue id. */
  id: z.string().regex(/^\d+$/),
  version: z.number().int().min(0),
  /** From any event payload (`fields.created`). */
  createdAt: IsoDateTime.optional(),
  /** When the deleted event arrived: the payload does not say when the issue was deleted. */
  deletedAt: IsoDateTime.optional(),
  observed: z.object({ rank: Rank, state: ObservedIssueState }).optional(),
  /** The thin payload's own fields, from the highest-ranked event seen. */
  payload: z
    .object({ rank: Rank, projectId: z.string(), level: z.number().int(), statusCategory: StatusCategory })
    .optional(),
  changes: z.array(IssueChange),
  /** Older changes were dropped to bound the record: the issue's state before this instant is unknown. */
  truncatedBefore: IsoDateTime.optional(),
});
export type IssueHistory = z.infer<typeof IssueHistory>;

export interface IssueHistoryRepository {
  get(issueId: string): Promise<IssueHistory | undefined>;
  /** Batches of 25; absent issues are left out. */
  getMany(issueIds: readonly string[]): Promise<Map<string, IssueHistory>>;
  /**
   * Optimistic: `history.version` is the version read (0 = never stored). The loser of a race gets a ConflictError
   * and merges again. Every write renews the record's time to live.
   */
  save(history: IssueHistory): Promise<Result<IssueHistory, ConflictError>>;
}

/** Longer than any baseline may be old (the daily reconcile renews them), so nothing a baseline needs expires. */
export const ISSUE_HISTORY_TTL_DAYS = 8;
const BATCH_SIZE = 25;

export const issueHistoryCodec = defineRecordCodec({
  entity: ENTITY.issueHistory,
  schema: IssueHistory,
  schemaVersion: 1,
  attributes: (h) => ({ version: h.version }),
});

type Stored = StoredRecord & { version?: number };

export function createIssueHistoryRepository(kvs: Kvs): IssueHistoryRepository {
  const entity = () => kvs.entity<StoredRecord>(ENTITY.issueHistory);
  const ttl = { value: ISSUE_HISTORY_TTL_DAYS, unit: 'DAYS' } as const;
  const get = async (issueId: string) => {
    const stored = await entity().get(recordKey(issueId));
    return stored === undefined ? undefined : issueHistoryCodec.decode(recordKey(issueId), stored);
  };
  return {
    get,
    async getMany(issueIds) {
      const found = new Map<string, IssueHistory>();
      const keys = [...new Set(issueIds)].map((id) => recordKey(id));
      for (let start = 0; start < keys.length; start += BATCH_SIZE) {
        const batch = keys.slice(start, start + BATCH_SIZE).map((key) => ({ key, entityName: ENTITY.issueHistory }));
        const { successfulKeys, failedKeys } = await kvs.batchGet<StoredRecord>(batch);
        const failure = failedKeys.find((failed) => failed.error.code !== 'KEY_NOT_FOUND');
        if (failure) {
          throw new DomainError(
            'INTERNAL',
            `Reading ${failure.key} failed: ${failure.error.code} ${failure.error.message}`,
          );
        }
        for (const { key, value } of successfulKeys) {
          const history = issueHistoryCodec.decode(key, value);
          found.set(history.id, history);
        }
      }
      return found;
    },
    async save(history) {
      const next = { ...history, version: history.version + 1 };
      const key = recordKey(history.id);
      try {
        if (history.version === 0) {
          await entity().set(key, issueHistoryCodec.encode(next), { keyPolicy: 'FAIL_IF_EXISTS', ttl });
        } else {
          const atVersion = new Filter<Stored>().and('version', FilterConditions.equalTo(history.version));
          await kvs
            .transact()
            .set<Stored>(
              key,
              issueHistoryCodec.encode(next),
              { entityName: ENTITY.issueHistory, conditions: atVersion },
              { ttl },
            )
            .execute();
        }
        return ok(next);
      } catch (error) {
        // Told apart by reading back, as in versioned-records.ts: the code of an unmet condition is not documented.
        if (!(error instanceof ForgeKvsAPIError)) throw error;
        const stored = await get(history.id);
        if (stored?.version === history.version) throw error;
        const reason = stored === undefined ? 'missing' : history.version === 0 ? 'exists' : 'stale';
        return err(
          new ConflictError(ENTITY.issueHistory, history.id, reason, history.version, stored?.version, {
            cause: error,
          }),
        );
      }
    },
  };
}
