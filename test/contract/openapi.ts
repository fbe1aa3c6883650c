/**
 * A small validator for the JSON-schema subset Atlassian's OpenAPI spec of Jira Cloud REST v3 uses ($ref, allOf,
 * anyOf/oneOf, type, nullable, required, properties, additionalProperties, items, enum, format uri). It checks the
 * simulator's responses against the spec's component schemas, which are the contract (the examples are not).
 *
 * Strict on `additionalProperties: false`, so the simulator cannot invent fields; the few places where real Jira
 * and the spec disagree are listed in SPEC_GAPS with the reason, instead of loosening the check everywhere.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

type Schema = Record<string, unknown>;
interface Spec {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema?: Schema }> }> }>
  >;
  components: { schemas: Record<string, Schema> };
}

export const SPEC_PATH = path.resolve(__dirname, '../../../shared/reference/jira-cloud-platform-v3.openapi.json');

let cached: Spec | undefined;
export function loadSpec(): Spec {
  cached ??= JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Spec;
  return cached;
}

/**
 * Where Jira Cloud sends what its spec does not describe. Keyed by `Schema.property`.
 * - ChangeDetails from/to: Jira sends null for "no value" (jira.js models them as nullish too).
 * - FieldDetails.untranslatedName: sent for custom fields (jira.js models it).
 * - StatusDetails.untranslatedName: sent on statuses (jira.js models it).
 */
const SPEC_GAPS: Record<string, 'nullable' | 'extra'> = {
  'ChangeDetails.from': 'nullable',
  'ChangeDetails.fromString': 'nullable',
  'ChangeDetails.to': 'nullable',
  'ChangeDetails.toString': 'nullable',
  'FieldDetails.untranslatedName': 'extra',
  'StatusDetails.untranslatedName': 'extra',
};

function resolve(spec: Spec, schema: Schema): { schema: Schema; name?: string } {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return { schema };
  const name = ref.replace('#/components/schemas/', '');
  const target = spec.components.schemas[name];
  if (!target) throw new Error(`unresolvable $ref ${ref}`);
  return { ...resolve(spec, target), name };
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

export function validate(
  spec: Spec,
  schemaIn: Schema,
  value: unknown,
  at = '$',
  name?: string,
  nullableHere = false,
): string[] {
  const { schema, name: refName } = resolve(spec, schemaIn);
  const schemaName = refName ?? name;
  const errors: string[] = [];
  // An empty schema (`additionalProperties: {}`) allows anything, null included.
  const constrained = ['type', 'properties', 'allOf', 'anyOf', 'oneOf', 'enum'].some((k) => k in schema);
  if (value === null)
    return schema.nullable === true || nullableHere || !constrained ? [] : [`${at}: null not allowed`];
  for (const sub of (schema.allOf as Schema[] | undefined) ?? [])
    errors.push(...validate(spec, sub, value, at, schemaName));
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alternatives && !alternatives.some((s) => validate(spec, s, value, at).length === 0))
    errors.push(`${at}: matches no alternative`);
  const type = schema.type as string | undefined;
  const actual = typeOf(value);
  if (type && !(type === actual || (type === 'number' && actual === 'integer')))
    return [...errors, `${at}: expected ${type}, got ${actual}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    errors.push(`${at}: ${JSON.stringify(value)} not in enum`);
  if (schema.format === 'uri' && typeof value === 'string' && !URL.canParse(value))
    errors.push(`${at}: not a uri: ${value}`);
  if (actual === 'array' && schema.items) {
    (value as unknown[]).forEach((item, i) =>
      errors.push(...validate(spec, schema.items as Schema, item, `${at}[${i}]`)),
    );
  }
  if (actual === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const req of (schema.required as string[] | undefined) ?? [])
      if (!(req in obj)) errors.push(`${at}: missing required ${req}`);
    for (const [k, v] of Object.entries(obj)) {
      const gap = schemaName ? SPEC_GAPS[`${schemaName}.${k}`] : undefined;
      const prop = props[k];
      if (prop) errors.push(...validate(spec, prop, v, `${at}.${k}`, undefined, gap === 'nullable'));
      else if (gap === 'extra') continue;
      else if (schema.additionalProperties === false && (schema.properties || schema.type === 'object'))
        errors.push(`${at}: undocumented property ${k}`);
      else if (typeof schema.additionalProperties === 'object')
        errors.push(...validate(spec, schema.additionalProperties as Schema, v, `${at}.${k}`));
    }
  }
  return errors;
}

/** Validates a response body against the spec's schema for that operation and status. */
export function validateResponse(template: string, method: string, status: number, body: unknown): string[] {
  const spec = loadSpec();
  const op = spec.paths[template]?.[method.toLowerCase()];
  if (!op) return [`no operation ${method} ${template} in the spec`];
  const schema = op.responses[String(status)]?.content?.['application/json']?.schema;
  if (!schema) return [`no JSON schema for ${status} of ${method} ${template}`];
  return validate(spec, schema, body);
}
