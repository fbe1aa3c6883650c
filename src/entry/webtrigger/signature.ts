import { createHmac, timingSafeEqual } from 'node:crypto';

/** The headers a metric source sends; documented in the README and in docs/adr/0008-metrics-webtrigger-auth.md. */
export const METRICS_HEADERS = {
  source: 'x-okr-source',
  timestamp: 'x-okr-timestamp',
  signature: 'x-okr-signature',
} as const;

const SIGNATURE_FORMAT = /^v1=([0-9a-f]{64})$/;

/** The signed message is `<timestamp>.<raw body>`, so neither can be swapped without the secret. */
const mac = (secret: string, timestamp: string, body: string): Buffer =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest();

/** The hex signature of a header value `v1=<hex>`, lower-cased; undefined when the value has another form. */
export function parseSignature(header: string): string | undefined {
  return SIGNATURE_FORMAT.exec(header.trim().toLowerCase())?.[1];
}

/** Constant-time comparison; both sides are 32 bytes by construction. */
export function signatureMatches(secret: string, timestamp: string, body: string, signatureHex: string): boolean {
  return timingSafeEqual(mac(secret, timestamp, body), Buffer.from(signatureHex, 'hex'));
}

/** What a metric source computes: for clients, the sandbox and tests. */
export function signMetricRequest(secret: string, body: string, at: Date): Record<string, string> {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  return {
    [METRICS_HEADERS.timestamp]: timestamp,
    [METRICS_HEADERS.signature]: `v1=${mac(secret, timestamp, body).toString('hex')}`,
  };
}
