import type { z } from 'zod';
import { err, ok, parseOrError, type FieldError, type Result, type ValidationError } from '../../domain';

/** A payload is a form's worth of data; anything bigger is not from our UI. */
export const MAX_PAYLOAD_BYTES = 64 * 1024;

// eslint-disable-next-line no-control-regex -- control characters are exactly what this must find
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Validates a resolver payload: size first, then the zod schema, then two rules zod's default object parsing does not
 * enforce at every depth: no key the schema does not know (zod strips them silently), and no control characters in
 * any text (they have no business in titles or JQL, and hide what a string says). Every problem names its field.
 */
export function validatePayload<S extends z.ZodType>(
  schema: S,
  payload: unknown,
  maxBytes: number = MAX_PAYLOAD_BYTES,
): Result<z.output<S>, ValidationError> {
  let bytes: number;
  try {
    bytes = Buffer.byteLength(JSON.stringify(payload ?? {}), 'utf8');
  } catch {
    return invalid([{ path: '', message: 'is not JSON' }]);
  }
  if (bytes > maxBytes) {
    return invalid([{ path: '', message: `is ${bytes} bytes; at most ${maxBytes} are accepted` }]);
  }
  const problems: FieldError[] = [];
  controlCharacters(payload, '', problems);
  if (problems.length > 0) return invalid(problems);
  const parsed = parseOrError(schema, payload);
  if (!parsed.ok) return parsed;
  unknownKeys(payload, parsed.value, '', problems);
  return problems.length > 0 ? invalid(problems) : ok(parsed.value);
}

function invalid(fields: FieldError[]): { ok: false; error: ValidationError } {
  const message = fields.map((f) => (f.path ? `${f.path}: ${f.message}` : `The payload ${f.message}`)).join('; ');
  return err({ code: 'VALIDATION', message, fields });
}

/**
 * Keys of the input that did not survive parsing: zod strips keys it does not know, so whatever the input has and the
 * output lacks was unknown to the schema (the branch of a union that matched, at that depth).
 */
function unknownKeys(input: unknown, output: unknown, path: string, problems: FieldError[]): void {
  if (Array.isArray(input) && Array.isArray(output)) {
    input.forEach((item, index) => unknownKeys(item, output[index], join(path, String(index)), problems));
    return;
  }
  if (!isRecord(input) || !isRecord(output)) return;
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (!(key in output)) problems.push({ path: join(path, key), message: 'is not a field this accepts' });
    else unknownKeys(value, output[key], join(path, key), problems);
  }
}

function controlCharacters(value: unknown, path: string, problems: FieldError[]): void {
  if (typeof value === 'string') {
    if (CONTROL.test(value)) problems.push({ path, message: 'must not contain control characters' });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => controlCharacters(item, join(path, String(index)), problems));
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) controlCharacters(item, join(path, key), problems);
  }
}

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
