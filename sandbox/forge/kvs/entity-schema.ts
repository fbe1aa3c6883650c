import type { AttributeType, EntityDefinition } from '../../../src/store/entity-definition';
import { KVS_LIMITS } from './limits';
import { badRequest, KvsErrorCode } from './service-error';

export interface CompiledIndex {
  readonly name: string;
  readonly partition: readonly string[];
  readonly range: string;
}

export interface CompiledEntity {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, AttributeType>;
  readonly indexes: ReadonlyMap<string, CompiledIndex>;
}

/**
 * Checks definitions the way `forge deploy` would (the @forge/manifest schema and StorageValidator) and indexes
 * them by name. A bad definition is a programming error, so it throws a plain Error at start-up.
 */
export function compileEntities(definitions: readonly EntityDefinition[]): ReadonlyMap<string, CompiledEntity> {
  const compiled = new Map<string, CompiledEntity>();
  for (const definition of definitions) {
    if (compiled.has(definition.name)) throw new Error(`Entity '${definition.name}' is defined twice.`);
    compiled.set(definition.name, compileEntity(definition));
  }
  return compiled;
}

function compileEntity(definition: EntityDefinition): CompiledEntity {
  const { name } = definition;
  const fail = (why: string): never => {
    throw new Error(`Entity '${name}': ${why}`);
  };
  if (name.length < KVS_LIMITS.entityNameMinLength || name.length > KVS_LIMITS.entityNameMaxLength) {
    fail(`name must have ${KVS_LIMITS.entityNameMinLength}-${KVS_LIMITS.entityNameMaxLength} characters.`);
  }
  if (!KVS_LIMITS.entityNamePattern.test(name)) fail(`name must match ${String(KVS_LIMITS.entityNamePattern)}.`);

  const attributes = new Map(Object.entries(definition.attributes).map(([key, { type }]) => [key, type] as const));
  if (attributes.size === 0) fail('must contain at least one attribute.');
  if (attributes.size > KVS_LIMITS.attributesMaxCount) fail(`more than ${KVS_LIMITS.attributesMaxCount} attributes.`);
  for (const attribute of attributes.keys()) {
    if (attribute.length > KVS_LIMITS.attributeNameMaxLength || !KVS_LIMITS.attributeNamePattern.test(attribute)) {
      fail(`attribute name '${attribute}' is invalid.`);
    }
  }

  const declared = definition.indexes ?? [];
  if (declared.length > KVS_LIMITS.indexesMaxCount) fail(`more than ${KVS_LIMITS.indexesMaxCount} indexes.`);
  const indexes = new Map<string, CompiledIndex>();
  for (const entry of declared) {
    const index: CompiledIndex =
      typeof entry === 'string'
        ? { name: entry, partition: [], range: entry }
        : { name: entry.name, partition: entry.partition ?? [], range: singleRange(entry.range, fail) };
    if (index.name === KVS_LIMITS.reservedIndexName) fail(`index name '${index.name}' is reserved.`);
    if (indexes.has(index.name)) fail(`index '${index.name}' is defined twice.`);
    for (const attribute of [...index.partition, index.range]) {
      const type = attributes.get(attribute);
      if (type === undefined) fail(`index '${index.name}' refers to unknown attribute '${attribute}'.`);
      // (?) The docs do not say whether untyped attributes can be indexed; refusing keeps the app portable.
      if (type === 'any') fail(`index '${index.name}' cannot use the untyped attribute '${attribute}'.`);
    }
    indexes.set(index.name, index);
  }
  return { name, attributes, indexes };
}

function singleRange(range: readonly string[], fail: (why: string) => never): string {
  // The schema allows a list, the docs only ever show one attribute; one is what the emulator can order by.
  if (range.length !== 1 || range[0] === undefined) return fail('an index range must name exactly one attribute.');
  return range[0];
}

export function requireEntity(entities: ReadonlyMap<string, CompiledEntity>, name: unknown): CompiledEntity {
  if (typeof name !== 'string' || name.length < KVS_LIMITS.entityNameMinLength) {
    throw badRequest(KvsErrorCode.ENTITY_TYPE_TOO_SHORT, 'The entity name needs to be at least 3 characters.');
  }
  if (name.length > KVS_LIMITS.entityNameMaxLength) {
    throw badRequest(KvsErrorCode.ENTITY_TYPE_TOO_LARGE, 'The entity name has exceeded the maximum 60 characters.');
  }
  const entity = entities.get(name);
  if (!entity) throw badRequest(KvsErrorCode.UNKNOWN_ENTITY, `Entity '${name}' is not defined in the manifest.`);
  return entity;
}

/** Entity values are objects of declared attributes, each of its declared type. */
export function validateEntityValue(entity: CompiledEntity, value: unknown): void {
  const invalid = (why: string) => badRequest(KvsErrorCode.INVALID_ENTITY_VALUE, `Entity '${entity.name}': ${why}`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid('the value must be an object of attributes.');
  }
  for (const [attribute, attributeValue] of Object.entries(value)) {
    const type = entity.attributes.get(attribute);
    if (type === undefined) throw invalid(`attribute '${attribute}' is not declared.`);
    if (!hasType(attributeValue, type)) throw invalid(`attribute '${attribute}' must be of type ${type}.`);
  }
}

function hasType(value: unknown, type: AttributeType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return (
        Number.isInteger(value) &&
        (value as number) >= KVS_LIMITS.integerMin &&
        (value as number) <= KVS_LIMITS.integerMax
      );
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'any':
      return true;
  }
}
