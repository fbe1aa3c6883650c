/**
 * The manifest's `app.storage.entities` shape, as data (schema of @forge/manifest 13.x). It lives in src/store
 * because production owns the entity definitions; the sandbox's emulated kvs reads the same shape.
 */
export type AttributeType = 'string' | 'integer' | 'float' | 'boolean' | 'any';

export interface EntityAttributeDefinition {
  readonly type: AttributeType;
}

/** A named index: equality on every `partition` attribute, conditions and sort on the one `range` attribute. */
export interface EntityIndexDefinition {
  readonly name: string;
  readonly partition?: readonly string[];
  readonly range: readonly string[];
}

export interface EntityDefinition {
  readonly name: string;
  readonly attributes: Readonly<Record<string, EntityAttributeDefinition>>;
  /** A bare attribute name is an index of that name ranging over that attribute, with no partition. */
  readonly indexes?: ReadonlyArray<string | EntityIndexDefinition>;
}
