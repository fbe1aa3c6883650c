/** The numbers the metrics web trigger promises its callers (docs/adr/0008-metrics-webtrigger-auth.md). */
export const METRICS_LIMITS = {
  /** A signed timestamp may differ from the app's clock by this much either way. */
  timestampToleranceSeconds: 300,
  /**
   * A signature stays acceptable while its timestamp is within tolerance, at most 2 × 300 s after it is first
   * seen; its nonce outlives that, with a margin for clock drift between invocations.
   */
  signatureTtlSeconds: 660,
  /** How long a request id answers its first answer again. */
  receiptTtlSeconds: 24 * 3600,
  /** A request that died mid-way frees its id after this (a web trigger runs at most 55 s). */
  pendingTtlSeconds: 60,
  maxBodyBytes: 16 * 1024,
} as const;
