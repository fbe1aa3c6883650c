/**
 * Every answer the metrics web trigger can give: a closed table of fixed bodies. Nothing a caller sends is echoed,
 * no stack or secret can leak, and the same table is the `outputs` list of a `static` web trigger (the kind that
 * keeps the app eligible for Runs on Atlassian: at most 20 outputs, bodies of at most 1024 characters).
 */
export interface FixedAnswer {
  statusCode: number;
  /** Absent for the one success answer. */
  error?: { code: string; message: string };
}

const refuse = (statusCode: number, code: string, message: string): FixedAnswer => ({
  statusCode,
  error: { code, message },
});

export const ANSWERS = {
  ok: { statusCode: 200 },
  'invalid-json': refuse(400, 'INVALID_JSON', 'The body must be a JSON object.'),
  'invalid-body': refuse(400, 'VALIDATION', 'body: unknown field; the fields are id, keyResultId, value, at and note.'),
  // One answer for both ids: a static trigger has at most 20 outputs, and the rule is the same for both.
  'invalid-ids': refuse(
    400,
    'VALIDATION',
    'id, keyResultId: each required, 1-128 characters of letters, digits, ".", "_", ":" and "-".',
  ),
  'invalid-value': refuse(400, 'VALIDATION', 'value: required, a finite number.'),
  'invalid-at': refuse(
    400,
    'VALIDATION',
    'at: an ISO 8601 date-time with a time zone, e.g. 2026-11-25T09:30:00Z, at most 300 seconds in the future.',
  ),
  'invalid-note': refuse(400, 'VALIDATION', 'note: a string of at most 500 characters.'),
  unauthorized: refuse(
    401,
    'UNAUTHORIZED',
    'Unknown source or bad signature. Send x-okr-source, x-okr-timestamp and ' +
      'x-okr-signature: v1=<hex HMAC-SHA256 of "<timestamp>.<body>" with the source secret>.',
  ),
  'stale-timestamp': refuse(401, 'STALE_TIMESTAMP', 'x-okr-timestamp must be within 300 seconds of the current time.'),
  replayed: refuse(
    401,
    'REPLAYED',
    'This signature was used already. Sign every request afresh, with a new timestamp.',
  ),
  forbidden: refuse(403, 'FORBIDDEN', 'This source may not write to this key result.'),
  'not-found': refuse(404, 'NOT_FOUND', 'The key result does not exist.'),
  'method-not-allowed': refuse(405, 'METHOD_NOT_ALLOWED', 'Only POST is allowed.'),
  'idempotency-conflict': refuse(
    409,
    'IDEMPOTENCY_CONFLICT',
    'This id was already used with a different body. Use a new id for a new value.',
  ),
  'not-a-metric': refuse(409, 'NOT_A_METRIC', 'The key result is not measured by a metric.'),
  closed: refuse(
    409,
    'KEY_RESULT_CLOSED',
    "The key result's objective is closed or abandoned: its value no longer changes. Unbind this source from it.",
  ),
  conflict: refuse(409, 'CONFLICT', 'Another request is writing this key result or this id. Retry in a moment.'),
  'payload-too-large': refuse(413, 'PAYLOAD_TOO_LARGE', 'The body must be at most 16384 bytes.'),
  'unsupported-media-type': refuse(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send Content-Type: application/json.'),
  internal: refuse(
    500,
    'INTERNAL',
    'Something went wrong and the value may not be recorded. Retry with the same id and a new signature.',
  ),
} as const satisfies Record<string, FixedAnswer>;

export type AnswerKey = keyof typeof ANSWERS;

/** What the success answer carries when the web trigger may answer dynamically. */
export interface MetricsAnswerData {
  keyResultId: string;
  progress: number;
}

/** The handler's decision: which fixed answer, plus the success data for a dynamic web trigger. */
export interface MetricsAnswer {
  key: AnswerKey;
  data?: MetricsAnswerData;
  /** For the log line only: the authenticated source and the key result named, once they are known to be sane. */
  sourceId?: string;
  keyResultId?: string;
}

export const answer = (key: AnswerKey, extra: Omit<MetricsAnswer, 'key'> = {}): MetricsAnswer => ({ key, ...extra });

/** The fixed JSON body of an answer: `{ ok: true }` or `{ ok: false, error: { code, message } }`. */
export function fixedBody(key: AnswerKey): { ok: true } | { ok: false; error: { code: string; message: string } } {
  const fixed: FixedAnswer = ANSWERS[key];
  return fixed.error ? { ok: false, error: fixed.error } : { ok: true };
}
