import type { z } from 'zod';
import { DomainError, parseOrError } from '../domain';
import { StoredRecordError } from './errors';

/** Index attributes are scalars; an absent one leaves the record out of indexes that need it. */
export type IndexAttributes = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * How every record is stored: the domain object under `data`, the layout version of `data` as `schemaVersion`,
 * and beside them the scalar attributes that indexes and conditions need, derived from `data` on every write.
 * Keeping the domain object opaque (`any` in the manifest) lets the model evolve without manifest changes.
 */
export interface StoredRecord<T = unknown> {
  schemaVersion: number;
  data: T;
  [attribute: string]: unknown;
}

/** Turns data of layout version n into layout version n + 1. */
export type Migration = (data: unknown) => unknown;

export interface RecordCodec<T> {
  readonly entity: string;
  readonly schemaVersion: number;
  encode(value: T): StoredRecord<T>;
  decode(key: string, stored: unknown): T;
}

/** A stored value may hold 240 KiB; checked here so an oversized record fails with a clear message. */
const MAX_RECORD_BYTES = 240 * 1024;

export function defineRecordCodec<S extends z.ZodType>(spec: {
  entity: string;
  schema: S;
  schemaVersion: number;
  /** `migrations[n]` upgrades layout n to n + 1; one for every version below `schemaVersion` still stored. */
  migrations?: Readonly<Record<number, Migration>>;
  attributes?: (value: z.output<S>) => IndexAttributes;
}): RecordCodec<z.output<S>> {
  const { entity, schema, schemaVersion, migrations = {} } = spec;
  return {
    entity,
    schemaVersion,
    encode(value) {
      const parsed = parseOrError(schema, value);
      if (!parsed.ok)
        throw new DomainError('VALIDATION', `Refusing to store an invalid ${entity}: ${parsed.error.message}`);
      const record: StoredRecord<z.output<S>> = {
        ...definedOnly(spec.attributes?.(parsed.value) ?? {}),
        schemaVersion,
        data: parsed.value,
      };
      const bytes = Buffer.byteLength(JSON.stringify(record), 'utf8');
      if (bytes > MAX_RECORD_BYTES) {
        throw new DomainError(
          'VALIDATION',
          `A ${entity} of ${bytes} bytes exceeds the ${MAX_RECORD_BYTES} bytes a record may hold.`,
        );
      }
      return record;
    },
    decode(key, stored) {
      const fail = (problem: ConstructorParameters<typeof StoredRecordError>[2], detail: string) =>
        new StoredRecordError(entity, key, problem, detail);
      if (!isStoredRecord(stored)) throw fail('malformed', 'no schemaVersion and data');
      if (stored.schemaVersion > schemaVersion) {
        throw fail('newer-version', `layout ${stored.schemaVersion} is newer than this app's ${schemaVersion}`);
      }
      let data = stored.data;
      for (let version = stored.schemaVersion; version < schemaVersion; version += 1) {
        const migrate = migrations[version];
        if (!migrate) throw fail('no-migration', `no migration from layout ${version}`);
        data = migrate(data);
      }
      const parsed = parseOrError(schema, data);
      if (!parsed.ok) throw fail('invalid', parsed.error.message);
      return parsed.value;
    },
  };
}

const isStoredRecord = (value: unknown): value is StoredRecord =>
  typeof value === 'object' &&
  value !== null &&
  Number.isInteger((value as StoredRecord).schemaVersion) &&
  'data' in value;

function definedOnly(attributes: IndexAttributes): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined)) as Record<
    string,
    string | number | boolean
  >;
}
