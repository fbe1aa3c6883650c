import { DomainError } from '../domain';

/** Why an optimistic write lost: the record appeared, vanished, or moved past the version the writer read. */
export type ConflictReason = 'exists' | 'missing' | 'stale';

/** An expected outcome of concurrent writers, returned (not thrown) by the repositories. */
export class ConflictError extends DomainError {
  declare readonly code: 'CONFLICT';

  constructor(
    readonly entity: string,
    readonly id: string,
    readonly reason: ConflictReason,
    readonly expectedVersion?: number,
    readonly actualVersion?: number,
    options?: { cause?: unknown },
  ) {
    super('CONFLICT', conflictMessage(entity, id, reason, expectedVersion, actualVersion), options);
  }
}

function conflictMessage(
  entity: string,
  id: string,
  reason: ConflictReason,
  expected?: number,
  actual?: number,
): string {
  switch (reason) {
    case 'exists':
      return `${entity} ${id} already exists.`;
    case 'missing':
      return `${entity} ${id} no longer exists.`;
    case 'stale':
      return `${entity} ${id} changed since it was read (version ${String(expected)}, now ${String(actual)}).`;
  }
}

export class AlreadyLinkedError extends DomainError {
  declare readonly code: 'ALREADY_LINKED';

  constructor(
    readonly keyResultId: string,
    readonly targetKey: string,
  ) {
    super('ALREADY_LINKED', `${targetKey} is already linked to key result ${keyResultId}.`);
  }
}

export type StoredRecordProblem = 'malformed' | 'newer-version' | 'no-migration' | 'invalid';

/**
 * A stored record the app cannot read. Thrown, and the record is left as it is: a newer app version or a missing
 * migration must be fixed in code, never by dropping data.
 */
export class StoredRecordError extends DomainError {
  constructor(
    readonly entity: string,
    readonly key: string,
    readonly problem: StoredRecordProblem,
    detail: string,
  ) {
    super('INTERNAL', `Stored ${entity} '${key}' cannot be read (${problem}): ${detail}`);
  }
}
