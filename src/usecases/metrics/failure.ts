/**
 * What the metrics use cases answer when they do not do what was asked: a stable code and a message a person can
 * read. Expected outcomes travel as these; bugs and platform faults are thrown.
 */
import { err, type Result } from '../../domain';

export type MetricsFailureCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'NOT_A_METRIC'
  | 'CLOSED'
  | 'IDEMPOTENCY_CONFLICT'
  | 'REPLAYED';

export interface MetricsFailure {
  code: MetricsFailureCode;
  message: string;
}

export type MetricsOutcome<T> = Result<T, MetricsFailure>;

export const metricsFailure = (code: MetricsFailureCode, message: string) => err<MetricsFailure>({ code, message });
