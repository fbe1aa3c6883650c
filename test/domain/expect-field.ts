import type { z } from 'zod';
import { parseOrError } from '../../src/domain';

/** Asserts that parsing fails and that the message names `path` (the field a user has to fix). */
export function expectRejected(schema: z.ZodType, input: unknown, path: string): void {
  const result = parseOrError(schema, input);
  if (result.ok) throw new Error(`expected ${path} to be rejected, but the input parsed`);
  expect(result.error.fields.map((f) => f.path)).toContain(path);
  expect(result.error.message).toContain(`${path}: `);
}

export function expectAccepted<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = parseOrError(schema, input);
  if (!result.ok) throw new Error(`expected input to parse: ${result.error.message}`);
  return result.value;
}
