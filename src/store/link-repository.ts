import { ForgeKvsAPIError } from '@forge/kvs';
import { err, Link, ok, targetKey, type Result, type Target } from '../domain';
import type { Kvs } from '../platform';
import { ENTITY, INDEX } from './entities';
import { entityRecords } from './entity-records';
import { AlreadyLinkedError } from './errors';
import { digest, recordKey, targetIndexKey } from './keys';
import type { Page, PageRequest } from './page';
import { defineRecordCodec, type StoredRecord } from './record-codec';

export type NewLink = Omit<Link, 'id'>;

export interface LinkRepository {
  /** Linking a target a KR already has is an expected outcome: AlreadyLinkedError, returned. */
  add(link: NewLink): Promise<Result<Link, AlreadyLinkedError>>;
  get(keyResultId: string, target: Target): Promise<Link | undefined>;
  /** Removing a link that is not there succeeds: events can arrive twice. */
  remove(keyResultId: string, target: Target): Promise<void>;
  /** The KRs an epic, project, version or JQL scope feeds, one link each. */
  listByTarget(target: Target, request?: PageRequest): Promise<Page<Link>>;
  listByKeyResult(keyResultId: string, request?: PageRequest): Promise<Page<Link>>;
  listByTargetKind(kind: Target['kind'], request?: PageRequest): Promise<Page<Link>>;
}

/** One link per KR and target, so the id is derived from both and a second add collides atomically. */
export const linkId = (keyResultId: string, target: Target): string =>
  recordKey(keyResultId, digest(targetKey(target)));

export const linkCodec = defineRecordCodec({
  entity: ENTITY.link,
  schema: Link,
  schemaVersion: 1,
  attributes: (link) => ({
    keyResultId: link.keyResultId,
    targetKey: targetIndexKey(link.target),
    targetKind: link.target.kind,
  }),
});

export function createLinkRepository(kvs: Kvs): LinkRepository {
  const records = entityRecords(kvs, linkCodec);
  return {
    async add(input) {
      const link: Link = { ...input, id: linkId(input.keyResultId, input.target) };
      try {
        await kvs
          .entity<StoredRecord>(ENTITY.link)
          .set(link.id, linkCodec.encode(link), { keyPolicy: 'FAIL_IF_EXISTS' });
        return ok(link);
      } catch (error) {
        // Told apart by reading back: the service's code for an existing key is not documented.
        if (error instanceof ForgeKvsAPIError && (await records.getStored(link.id))) {
          return err(new AlreadyLinkedError(link.keyResultId, targetKey(link.target)));
        }
        throw error;
      }
    },
    get: (keyResultId, target) => records.get(linkId(keyResultId, target)),
    remove: (keyResultId, target) => records.delete(linkId(keyResultId, target)),
    listByTarget: (target, request) => records.query(INDEX.byTarget, [targetIndexKey(target)], request),
    listByKeyResult: (keyResultId, request) => records.query(INDEX.byKeyResult, [keyResultId], request),
    listByTargetKind: (kind, request) => records.query(INDEX.byTargetKind, [kind], request),
  };
}
