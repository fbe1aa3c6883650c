import { z } from 'zod';
import { IsoDateTime } from '../../domain';
import type { MetricPost } from '../../usecases/metrics/record-metric-value';
import { METRICS_LIMITS } from '../../usecases/metrics/limits';
import type { AnswerKey } from './answers';

/** Ids become storage keys, so they keep to characters every key may hold. */
const SafeId = z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/);

export const MetricPostBody = z.strictObject({
  id: SafeId,
  keyResultId: SafeId,
  value: z.number().refine(Number.isFinite),
  at: IsoDateTime.optional(),
  note: z.string().max(500).optional(),
});

const FIELD_ANSWERS: ReadonlyMap<PropertyKey, AnswerKey> = new Map<PropertyKey, AnswerKey>([
  ['id', 'invalid-ids'],
  ['keyResultId', 'invalid-ids'],
  ['value', 'invalid-value'],
  ['at', 'invalid-at'],
  ['note', 'invalid-note'],
]);

/** The post, or the fixed answer naming the first field at fault. */
export function parsePost(body: string, now: Date): { ok: true; post: MetricPost } | { ok: false; key: AnswerKey } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, key: 'invalid-json' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, key: 'invalid-json' };
  const parsed = MetricPostBody.safeParse(json);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    return { ok: false, key: (field === undefined ? undefined : FIELD_ANSWERS.get(field)) ?? 'invalid-body' };
  }
  const post = parsed.data;
  const latest = now.getTime() + METRICS_LIMITS.timestampToleranceSeconds * 1000;
  if (post.at !== undefined && new Date(post.at).getTime() > latest) return { ok: false, key: 'invalid-at' };
  return {
    ok: true,
    post: {
      id: post.id,
      keyResultId: post.keyResultId,
      value: post.value,
      ...(post.at === undefined ? {} : { at: post.at }),
      ...(post.note === undefined ? {} : { note: post.note }),
    },
  };
}
