import { z } from 'zod';
import { EntityId, parseOrError } from '../../domain';
import { MetricSourceId } from '../../store';
import { metricsFailure, type MetricsOutcome } from './failure';

export const SourceInput = z.object({ sourceId: MetricSourceId });

export const BindingInput = SourceInput.extend({
  keyResultIds: z.array(EntityId).min(1, 'needs at least one key result').max(100, 'at most 100 key results'),
});

/** A rotation may keep the old secret working for a while, so a source can switch without a failed post. */
export const MAX_ROTATION_GRACE_SECONDS = 7 * 24 * 3600;

export const RotationInput = SourceInput.extend({
  keepPreviousForSeconds: z.number().int().min(0).max(MAX_ROTATION_GRACE_SECONDS).default(0),
});

/** Input from an admin page or the CLI, checked here because the use cases are also called directly. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): MetricsOutcome<z.output<S>> {
  const parsed = parseOrError(schema, input);
  return parsed.ok ? parsed : metricsFailure('VALIDATION', parsed.error.message);
}
