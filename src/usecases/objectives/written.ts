import type { Written } from '../../contract';
import { ok, type Result } from '../../domain';
import type { ConflictError } from '../../store';
import { failure, type Outcome } from './failure';

/** A versioned write's answer: the id and version written, or CONFLICT saying that someone else saved first. */
export function written<T extends { id: string; version: number }>(result: Result<T, ConflictError>): Outcome<Written> {
  return result.ok ? ok({ id: result.value.id, version: result.value.version }) : conflict(result.error);
}

export function conflict(error: ConflictError) {
  const advice =
    error.reason === 'missing'
      ? ' It was deleted meanwhile.'
      : ' Someone else saved a change first: reload to see it, then make your change again.';
  return failure('CONFLICT', `${error.message}${advice}`);
}
