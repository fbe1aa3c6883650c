import { ForgeKvsAPIError } from '@forge/kvs';
import { z } from 'zod';
import { EntityId, IsoDateTime } from '../domain';
import type { Kvs } from '../platform';
import { recordKey } from './keys';

/**
 * What the metrics web trigger remembers about requests it accepted: the signatures it has seen (replay nonces) and
 * its answer to each client-supplied request id (idempotency receipts). Plain keys with a kvs `ttl`; the expiry is
 * also kept in the value and checked against the caller's clock, because the store may keep an expired key visible
 * for a while. Claims use `FAIL_IF_EXISTS`, so of two concurrent requests exactly one wins.
 */
export const MetricReceipt = z.discriminatedUnion('state', [
  z.object({ state: z.literal('pending'), bodyDigest: z.string(), expiresAt: z.number() }),
  z.object({
    state: z.literal('done'),
    bodyDigest: z.string(),
    expiresAt: z.number(),
    keyResultId: EntityId,
    value: z.number(),
    progress: z.number().min(0).max(1),
    at: IsoDateTime,
    note: z.string().optional(),
  }),
]);
export type MetricReceipt = z.infer<typeof MetricReceipt>;
export type DoneReceipt = Extract<MetricReceipt, { state: 'done' }>;

export interface MetricRequestLedger {
  signatureSeen(sourceId: string, signature: string, now: Date): Promise<boolean>;
  /** False when the signature was claimed already (a replay); nothing is written then. */
  claimSignature(sourceId: string, signature: string, now: Date, ttlSeconds: number): Promise<boolean>;
  releaseSignature(sourceId: string, signature: string): Promise<void>;
  getReceipt(sourceId: string, requestId: string, now: Date): Promise<MetricReceipt | undefined>;
  /** Stores a pending receipt unless one exists; false (and nothing written) when one does. */
  claimReceipt(
    sourceId: string,
    requestId: string,
    bodyDigest: string,
    now: Date,
    ttlSeconds: number,
  ): Promise<boolean>;
  completeReceipt(
    sourceId: string,
    requestId: string,
    receipt: Omit<DoneReceipt, 'state' | 'expiresAt'>,
    now: Date,
    ttlSeconds: number,
  ): Promise<void>;
  releaseReceipt(sourceId: string, requestId: string): Promise<void>;
}

const NONCE_PREFIX = 'metrics-nonce';
const RECEIPT_PREFIX = 'metrics-receipt';

const Expiring = z.object({ expiresAt: z.number() });

export function createMetricRequestLedger(kvs: Kvs): MetricRequestLedger {
  const nonceKey = (sourceId: string, signature: string) => recordKey(`${NONCE_PREFIX}:${sourceId}`, signature);
  const receiptKey = (sourceId: string, requestId: string) => recordKey(`${RECEIPT_PREFIX}:${sourceId}`, requestId);
  const expiresAt = (now: Date, ttlSeconds: number) => now.getTime() + ttlSeconds * 1000;
  const ttl = (seconds: number) => ({ value: seconds, unit: 'SECONDS' as const });

  /** Writes `value` unless a live entry holds the key; false when one does. */
  async function claim(key: string, value: unknown, ttlSeconds: number, now: Date): Promise<boolean> {
    try {
      await kvs.set(key, value, { keyPolicy: 'FAIL_IF_EXISTS', ttl: ttl(ttlSeconds) });
      return true;
    } catch (error) {
      // The service's code for a taken key is not documented: the entry there now explains the refusal.
      if (!(error instanceof ForgeKvsAPIError)) throw error;
      const held = Expiring.safeParse(await kvs.get(key));
      if (!held.success) throw error;
      if (held.data.expiresAt > now.getTime()) return false;
      // Expired by our clock but still visible in the store: it no longer counts.
      await kvs.set(key, value, { ttl: ttl(ttlSeconds) });
      return true;
    }
  }

  async function readNonce(key: string, now: Date): Promise<boolean> {
    const parsed = Expiring.safeParse(await kvs.get(key));
    return parsed.success && parsed.data.expiresAt > now.getTime();
  }

  async function readReceipt(key: string, now: Date): Promise<MetricReceipt | undefined> {
    const parsed = MetricReceipt.safeParse(await kvs.get(key));
    return parsed.success && parsed.data.expiresAt > now.getTime() ? parsed.data : undefined;
  }

  return {
    signatureSeen: (sourceId, signature, now) => readNonce(nonceKey(sourceId, signature), now),
    async claimSignature(sourceId, signature, now, ttlSeconds) {
      return claim(nonceKey(sourceId, signature), { expiresAt: expiresAt(now, ttlSeconds) }, ttlSeconds, now);
    },
    releaseSignature: (sourceId, signature) => kvs.delete(nonceKey(sourceId, signature)),
    getReceipt: (sourceId, requestId, now) => readReceipt(receiptKey(sourceId, requestId), now),
    async claimReceipt(sourceId, requestId, bodyDigest, now, ttlSeconds) {
      const pending: MetricReceipt = { state: 'pending', bodyDigest, expiresAt: expiresAt(now, ttlSeconds) };
      return claim(receiptKey(sourceId, requestId), pending, ttlSeconds, now);
    },
    async completeReceipt(sourceId, requestId, receipt, now, ttlSeconds) {
      const done: DoneReceipt = { ...receipt, state: 'done', expiresAt: expiresAt(now, ttlSeconds) };
      await kvs.set(receiptKey(sourceId, requestId), MetricReceipt.parse(done), { ttl: ttl(ttlSeconds) });
    },
    releaseReceipt: (sourceId, requestId) => kvs.delete(receiptKey(sourceId, requestId)),
  };
}
