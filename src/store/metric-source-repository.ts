import { WhereConditions, ForgeKvsAPIError } from '@forge/kvs';
import { z } from 'zod';
import { EntityId, IsoDateTime } from '../domain';
import type { Kvs } from '../platform';
import { recordKey } from './keys';
import { defineRecordCodec } from './record-codec';

/**
 * A metric source (CI, BI, another project tool) and the key results it may write. Plain kvs keys: sources are few,
 * read one at a time by id, and listed only by an admin page. Its secret lives apart, in `kvs.setSecret`, so the
 * registration can be listed and shown without ever reading a secret.
 */
export const MetricSourceId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{1,63}$/, 'must be 2–64 characters: lower-case letters, digits, - and _');

export const MetricSourceRecord = z.object({
  sourceId: MetricSourceId,
  /** Least privilege: the source may write these key results and no other. */
  keyResultIds: z.array(EntityId).min(1).max(100),
  createdAt: IsoDateTime,
  rotatedAt: IsoDateTime.optional(),
});
export type MetricSourceRecord = z.infer<typeof MetricSourceRecord>;

/** The current secret, and the one it replaced while a rotation's grace period lasts. */
export const MetricSourceSecrets = z.object({
  current: z.string().min(32),
  previous: z.object({ secret: z.string().min(32), expiresAt: IsoDateTime }).optional(),
});
export type MetricSourceSecrets = z.infer<typeof MetricSourceSecrets>;

export interface MetricSourceRepository {
  get(sourceId: string): Promise<MetricSourceRecord | undefined>;
  /** False when the id is taken; nothing is written then. */
  create(source: MetricSourceRecord): Promise<boolean>;
  put(source: MetricSourceRecord): Promise<void>;
  delete(sourceId: string): Promise<void>;
  list(): Promise<MetricSourceRecord[]>;
  getSecrets(sourceId: string): Promise<MetricSourceSecrets | undefined>;
  setSecrets(sourceId: string, secrets: MetricSourceSecrets): Promise<void>;
  deleteSecrets(sourceId: string): Promise<void>;
}

const PREFIX = 'metrics-source';
const SECRET_PREFIX = 'metrics-source-secret';
/** The documented page size of a plain key query. */
const PAGE_SIZE = 20;

const sourceCodec = defineRecordCodec({ entity: PREFIX, schema: MetricSourceRecord, schemaVersion: 1 });
const secretsCodec = defineRecordCodec({ entity: SECRET_PREFIX, schema: MetricSourceSecrets, schemaVersion: 1 });

export function createMetricSourceRepository(kvs: Kvs): MetricSourceRepository {
  const sourceKey = (sourceId: string) => recordKey(PREFIX, sourceId);
  const secretKey = (sourceId: string) => recordKey(SECRET_PREFIX, sourceId);
  return {
    async get(sourceId) {
      const key = sourceKey(sourceId);
      const stored = await kvs.get(key);
      return stored === undefined ? undefined : sourceCodec.decode(key, stored);
    },
    async create(source) {
      const key = sourceKey(source.sourceId);
      try {
        await kvs.set(key, sourceCodec.encode(source), { keyPolicy: 'FAIL_IF_EXISTS' });
        return true;
      } catch (error) {
        // The service's code for a taken key is not documented: a key that is there now explains the refusal.
        if (error instanceof ForgeKvsAPIError && (await kvs.get(key)) !== undefined) return false;
        throw error;
      }
    },
    put: (source) => kvs.set(sourceKey(source.sourceId), sourceCodec.encode(source)),
    delete: (sourceId) => kvs.delete(sourceKey(sourceId)),
    async list() {
      const sources: MetricSourceRecord[] = [];
      let cursor: string | undefined;
      do {
        let query = kvs
          .query()
          .where('key', WhereConditions.beginsWith(`${PREFIX}#`))
          .limit(PAGE_SIZE);
        if (cursor) query = query.cursor(cursor);
        const page = await query.getMany();
        for (const { key, value } of page.results) sources.push(sourceCodec.decode(key, value));
        cursor = page.nextCursor;
      } while (cursor);
      return sources;
    },
    async getSecrets(sourceId) {
      const key = secretKey(sourceId);
      const stored = await kvs.getSecret(key);
      return stored === undefined ? undefined : secretsCodec.decode(key, stored);
    },
    setSecrets: (sourceId, secrets) => kvs.setSecret(secretKey(sourceId), secretsCodec.encode(secrets)),
    deleteSecrets: (sourceId) => kvs.deleteSecret(secretKey(sourceId)),
  };
}
