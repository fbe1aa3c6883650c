import { randomBytes } from 'node:crypto';
import type { Services } from '../../services';
import { MetricSourceId, type MetricSourceRecord, type MetricSourceSecrets } from '../../store';
import { METRICS_LIMITS } from '../../usecases/metrics/limits';
import type { AnswerKey } from './answers';
import { single, type IncomingRequest } from './read-request';
import { METRICS_HEADERS, parseSignature, signatureMatches } from './signature';

export type Authentication =
  | { ok: true; source: MetricSourceRecord; signature: string }
  | { ok: false; key: Extract<AnswerKey, 'unauthorized' | 'stale-timestamp' | 'replayed'> };

/** Checked against when the source is unknown, so an unknown source costs what a known one does. */
const DECOY_SECRET = randomBytes(32).toString('base64url');

const TIMESTAMP_FORMAT = /^\d{1,12}$/;

/**
 * Who signed the request. A missing or malformed header, an unknown source and a wrong signature all get the same
 * answer, so a caller without a secret learns nothing about which sources exist. The timestamp window is checked
 * first because it needs no storage and tells an honest client with a wrong clock what is wrong.
 */
export async function authenticate(
  services: Pick<Services, 'repos' | 'clock'>,
  request: IncomingRequest,
): Promise<Authentication> {
  const sourceId = single(request, METRICS_HEADERS.source)?.trim();
  const timestamp = single(request, METRICS_HEADERS.timestamp)?.trim();
  const signatureHeader = single(request, METRICS_HEADERS.signature);
  const signature = signatureHeader === undefined ? undefined : parseSignature(signatureHeader);
  if (
    sourceId === undefined ||
    !MetricSourceId.safeParse(sourceId).success ||
    timestamp === undefined ||
    !TIMESTAMP_FORMAT.test(timestamp) ||
    signature === undefined
  ) {
    return { ok: false, key: 'unauthorized' };
  }
  const now = services.clock.now();
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > METRICS_LIMITS.timestampToleranceSeconds) {
    return { ok: false, key: 'stale-timestamp' };
  }
  const sources = services.repos.metricSources;
  const [source, secrets] = await Promise.all([sources.get(sourceId), sources.getSecrets(sourceId)]);
  let matched = false;
  // Every candidate is checked, without stopping at the first match, so timing does not say which one matched.
  for (const secret of candidateSecrets(secrets, now)) {
    matched = signatureMatches(secret, timestamp, request.body, signature) || matched;
  }
  if (!source || !secrets || !matched) return { ok: false, key: 'unauthorized' };
  if (await services.repos.metricRequests.signatureSeen(source.sourceId, signature, now)) {
    return { ok: false, key: 'replayed' };
  }
  return { ok: true, source, signature };
}

function candidateSecrets(secrets: MetricSourceSecrets | undefined, now: Date): string[] {
  if (!secrets) return [DECOY_SECRET];
  const { previous } = secrets;
  const previousValid = previous !== undefined && Date.parse(previous.expiresAt) > now.getTime();
  return previousValid ? [secrets.current, previous.secret] : [secrets.current];
}
