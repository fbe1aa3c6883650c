import type { Services } from '../../services';
import { METRICS_LIMITS } from '../../usecases/metrics/limits';
import { recordMetricValue } from '../../usecases/metrics/record-metric-value';
import type { MetricsFailureCode } from '../../usecases/metrics/failure';
import { answer, type AnswerKey, type MetricsAnswer } from './answers';
import { authenticate } from './authenticate';
import { parsePost } from './payload';
import { readRequest } from './read-request';

const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;

const FAILURE_ANSWERS: Readonly<Record<MetricsFailureCode, AnswerKey>> = {
  VALIDATION: 'invalid-body',
  NOT_FOUND: 'not-found',
  CONFLICT: 'conflict',
  FORBIDDEN: 'forbidden',
  NOT_A_METRIC: 'not-a-metric',
  CLOSED: 'closed',
  IDEMPOTENCY_CONFLICT: 'idempotency-conflict',
  REPLAYED: 'replayed',
};

/**
 * The web trigger's three steps: authenticate (cheap checks first, storage last), validate, delegate. Every
 * refusal happens before anything is written; the use case writes only once the post is known to be acceptable.
 */
export async function handleMetricsRequest(
  services: Pick<Services, 'repos' | 'clock'>,
  raw: unknown,
): Promise<MetricsAnswer> {
  const request = readRequest(raw);
  if (request.method !== 'POST') return answer('method-not-allowed');
  if (Buffer.byteLength(request.body, 'utf8') > METRICS_LIMITS.maxBodyBytes) return answer('payload-too-large');
  const contentType = request.header('content-type')[0];
  if (contentType === undefined || !JSON_MEDIA_TYPE.test(contentType.trim())) {
    return answer('unsupported-media-type');
  }

  const authenticated = await authenticate(services, request);
  if (!authenticated.ok) return answer(authenticated.key);
  const { source, signature } = authenticated;
  const sourceId = source.sourceId;

  const parsed = parsePost(request.body, services.clock.now());
  if (!parsed.ok) return answer(parsed.key, { sourceId });
  const { post } = parsed;
  const keyResultId = post.keyResultId;

  const recorded = await recordMetricValue(services, { source, signature, post });
  if (!recorded.ok) return answer(FAILURE_ANSWERS[recorded.error.code], { sourceId, keyResultId });
  const { progress } = recorded.value;
  return answer('ok', { sourceId, keyResultId, data: { keyResultId, progress } });
}
