import { randomBytes } from 'node:crypto';

/**
 * A recognisable prefix lets secret scanners (and our own log redaction) spot a leaked secret; 32 random bytes are
 * the HMAC-SHA256 block-size recommendation's lower bound and far past guessing.
 */
export const SECRET_PREFIX = 'okrsec_';

export const newMetricSecret = (): string => `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
