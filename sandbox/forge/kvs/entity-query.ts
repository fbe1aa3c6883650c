import type { EntityQueryRequest, EntityQueryResponse } from '@forge/kvs/out/interfaces/kvs-api';
import { checkClause, compareRangeValues, matchesFilters, RANGE_CONDITIONS, satisfies } from './conditions';
import { decodeCursor, encodeCursor, pageLimit, type CursorPosition } from './cursor';
import { requireEntity, type CompiledEntity, type CompiledIndex } from './entity-schema';
import { KVS_LIMITS } from './limits';
import { queryResult } from './metadata';
import type { ServiceContext } from './service-context';
import { badRequest, KvsErrorCode } from './service-error';
import { entityItems, isLive, type StoredItem } from './state';

interface Entry {
  readonly key: string;
  readonly range: unknown;
  readonly item: StoredItem;
}

/**
 * An index query: equality on every partition attribute, one condition on the range attribute, ordered by the
 * range attribute (then key). Items missing an indexed attribute are not in the index. A page reads `limit` index
 * entries and then applies filters, so a filtered page can be short (even empty) while a cursor remains (?): this
 * is how DynamoDB-style stores page, and code that follows cursors works whichever way the real service does it.
 */
export function queryEntity(context: ServiceContext, request: EntityQueryRequest): EntityQueryResponse<unknown> {
  const entity = requireEntity(context.entities, request.entityName);
  const index = entity.indexes.get(request.indexName);
  if (!index)
    throw badRequest(KvsErrorCode.UNKNOWN_INDEX, `Entity '${entity.name}' has no index '${request.indexName}'.`);
  const partition = checkPartition(entity, index, request.partition);
  const range = request.range ? checkClause(request.range, RANGE_CONDITIONS) : undefined;
  const limit = pageLimit(request.limit, KVS_LIMITS.entityQueryDefaultLimit, KVS_LIMITS.entityQueryMaxLimit);
  if (request.sort !== undefined && request.sort !== 'ASC' && request.sort !== 'DESC') {
    throw badRequest(KvsErrorCode.INVALID_QUERY, `sort must be ASC or DESC, got ${String(request.sort)}.`);
  }
  const direction = request.sort === 'DESC' ? -1 : 1;
  const scope = `${entity.name}/${index.name}/${JSON.stringify(partition)}/${direction}`;
  const after = decodeCursor(request.cursor, scope);

  const now = context.nowMs();
  const entries: Entry[] = [];
  for (const [key, item] of entityItems(context.state, entity.name)) {
    const attributes = item.value as Record<string, unknown>;
    const rangeValue = attributes[index.range];
    if (!isLive(item, now) || rangeValue === undefined) continue;
    if (!index.partition.every((attribute, i) => attributes[attribute] === partition[i])) continue;
    if (range && !satisfies(rangeValue, range)) continue;
    entries.push({ key, range: rangeValue, item });
  }
  const order = (a: { key: string; range?: unknown }, b: { key: string; range?: unknown }) =>
    direction * (compareRangeValues(a.range, b.range) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  entries.sort(order);

  const start = after ? entries.findIndex((entry) => order(entry, after) > 0) : 0;
  const scanned = start < 0 ? [] : entries.slice(start, start + limit);
  const data = scanned
    .filter(({ item }) => matchesFilters(item.value as Record<string, unknown>, request.filters, entity.attributes))
    .map(({ key, item }) => queryResult(key, item, metadataFields(request)));
  const last = scanned.at(-1);
  const more = start >= 0 && start + limit < entries.length;
  return more && last ? { data, cursor: encodeCursor(position(scope, last)) } : { data };
}

/** The client sends metadata fields as `options.metadataFields`, which its request type does not declare. */
const metadataFields = (request: EntityQueryRequest) =>
  (request as { options?: Pick<EntityQueryRequest, 'metadataFields'> }).options?.metadataFields ??
  request.metadataFields;

const position = (scope: string, entry: Entry): CursorPosition => ({ scope, key: entry.key, range: entry.range });

function checkPartition(entity: CompiledEntity, index: CompiledIndex, partition: unknown[] | undefined): unknown[] {
  const values = partition ?? [];
  if (values.length !== index.partition.length) {
    throw badRequest(
      KvsErrorCode.INVALID_QUERY,
      `Index '${index.name}' of '${entity.name}' needs a partition of [${index.partition.join(', ')}].`,
    );
  }
  index.partition.forEach((attribute, i) => {
    const type = entity.attributes.get(attribute);
    const value = values[i];
    const ok =
      type === 'string'
        ? typeof value === 'string'
        : type === 'boolean'
          ? typeof value === 'boolean'
          : typeof value === 'number';
    if (!ok)
      throw badRequest(KvsErrorCode.INVALID_QUERY, `Partition value for '${attribute}' must be a ${String(type)}.`);
  });
  return values;
}
