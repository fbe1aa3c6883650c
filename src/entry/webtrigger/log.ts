import { SECRET_PREFIX } from '../../usecases/metrics/secret';
import { ANSWERS, type FixedAnswer, type MetricsAnswer } from './answers';

const SECRET_PATTERN = new RegExp(`${SECRET_PREFIX}[A-Za-z0-9_-]*`, 'g');
/** Signatures and digests: not secret, but nothing a log reader needs. */
const LONG_HEX = /\b[0-9a-fA-F]{32,}\b/g;

/** Whatever reaches the log passes here, so a secret or signature in an error message is never written out. */
export const redact = (text: string): string =>
  text.replace(SECRET_PATTERN, `${SECRET_PREFIX}[redacted]`).replace(LONG_HEX, '[hex]');

/**
 * One line per request: status, code, and the source and key result once they are known to be well-formed (the
 * source only once authenticated), so a log line never carries what an anonymous caller chose to send.
 */
export function logAnswer(answer: MetricsAnswer): void {
  const { statusCode, error }: FixedAnswer = ANSWERS[answer.key];
  const line = redact(
    `okr: metrics web trigger ${statusCode} ${error?.code ?? 'OK'} source=${answer.sourceId ?? '-'} ` +
      `keyResult=${answer.keyResultId ?? '-'}`,
  );
  if (statusCode >= 500) console.error(line);
  else if (statusCode >= 400) console.warn(line);
  else console.info(line);
}

export function logFault(error: unknown): void {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : 'a non-error value was thrown';
  console.error(redact(`okr: metrics web trigger failed: ${what.slice(0, 500)}`));
}
