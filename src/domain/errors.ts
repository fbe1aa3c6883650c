import type { z } from 'zod';
import { err, ok, type Result } from './result';

/**
 * Stable codes: the UI and the use cases branch on them, so they never change meaning once released.
 * Use cases translate platform failures into these and keep the original as `cause`.
 */
export const DOMAIN_ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'INVALID_TRANSITION',
  'ALIGNMENT_CYCLE',
  'ALREADY_LINKED',
  'JIRA_UNAVAILABLE',
  'INTERNAL',
  /** A write to a closed or abandoned objective's record (a check-in, say). */
  'PERIOD_CLOSED',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export interface FieldError {
  /** Dotted path of the offending field, e.g. `source.target` or `ownerIds`; '' for the whole input. */
  path: string;
  message: string;
}

export interface ValidationError {
  code: 'VALIDATION';
  message: string;
  fields: FieldError[];
}

/** For unexpected failures, which are thrown; expected ones travel as `Result` errors with the same codes. */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => (typeof segment === 'symbol' ? segment.toString() : String(segment))).join('.');
}

/** Parses with a zod schema and reports every problem with the path of its field, in the message too. */
export function parseOrError<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>, ValidationError> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const fields = parsed.error.issues.map((issue) => ({ path: fieldPath(issue.path), message: issue.message }));
  const message = fields.map((field) => (field.path ? `${field.path}: ${field.message}` : field.message)).join('; ');
  return err({ code: 'VALIDATION', message, fields });
}
