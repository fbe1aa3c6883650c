/**
 * Turns on jira.js's schema audit before jira.js is loaded (it reads AUDIT_SCHEMAS when its models are built):
 * every model becomes a strict object and every open enum a closed one, so undocumented keys are caught too.
 * Import this first in a test file; Jest gives each test file its own module registry.
 */
process.env.AUDIT_SCHEMAS = 'true';

const DRIFT = Symbol.for('apis-code-gen.schemaAudit');

/** What jira.js recorded as undocumented keys or values outside documented enums. */
export function collectedDrift(): unknown[] {
  return ((globalThis as Record<symbol, unknown>)[DRIFT] as unknown[] | undefined) ?? [];
}
