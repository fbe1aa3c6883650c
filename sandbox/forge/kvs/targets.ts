import { requireEntity, validateEntityValue, type CompiledEntity } from './entity-schema';
import type { ServiceContext } from './service-context';
import { entityItems, type ItemMap } from './state';
import { validateKey, validateValue, type KeySpace } from './validate';

/** One of the three key spaces (plain keys, secrets, an entity), with its own key and value rules. */
export interface Target {
  readonly space: KeySpace;
  readonly items: ItemMap;
  /** Set for custom entities, whose attributes conditions may name. */
  readonly entity?: CompiledEntity;
  /** Unique across spaces, for "each key can only be used once in a transaction". */
  readonly id: (key: string) => string;
  checkKey(key: unknown): string;
  checkValue(value: unknown): void;
}

export function plainTarget(context: ServiceContext, space: 'plain' | 'secret' = 'plain'): Target {
  return {
    space,
    items: space === 'plain' ? context.state.plain : context.state.secret,
    id: (key) => `${space}\u0000${key}`,
    checkKey: (key) => validateKey(key, space),
    checkValue: validateValue,
  };
}

export function entityTarget(context: ServiceContext, entityName: unknown): Target {
  const entity = requireEntity(context.entities, entityName);
  return {
    space: 'entity',
    entity,
    items: entityItems(context.state, entity.name),
    id: (key) => `entity\u0000${entity.name}\u0000${key}`,
    checkKey: (key) => validateKey(key, 'entity'),
    checkValue: (value) => {
      validateValue(value);
      validateEntityValue(entity, value);
    },
  };
}

/** Transactions and batches name an entity per item; without one the item is a plain key. */
export const targetFor = (context: ServiceContext, entityName: string | undefined): Target =>
  entityName === undefined ? plainTarget(context) : entityTarget(context, entityName);
