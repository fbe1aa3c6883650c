/**
 * Limits of Forge hosted storage, as documented (limits-kvs-ce, storage-api-query, transactions, custom-entities
 * pages, and the @forge/manifest schema). Marked (?) where the docs give no number and the emulator picks a strict one.
 */
export const KVS_LIMITS = {
  keyMaxLength: 500,
  /** "Keys must match the regex" /^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/ (the `-` there is a literal). */
  keyPattern: /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/,
  /** 240 KiB per persisted value, measured here on the value's JSON. */
  valueMaxBytes: 240 * 1024,
  /** The limits page says 31, the error page 32: the stricter one. */
  valueMaxDepth: 31,
  keyQueryDefaultLimit: 10,
  /** "Limit the result size to 10 values, up to a maximum of 20." */
  keyQueryMaxLimit: 20,
  /** (?) Not documented for custom entities; the default matches plain queries. */
  entityQueryDefaultLimit: 10,
  /** (?) Not documented for custom entities. */
  entityQueryMaxLimit: 100,
  transactionMaxOperations: 25,
  /** Documented as 4 MB, with a known bug (FRGE-1916) limiting it to 1 MB: the emulator uses the lower. */
  transactionMaxPayloadBytes: 1_000_000,
  /** (?) Batch item cap; the transaction cap is used. */
  batchMaxItems: 25,
  integerMin: -2_147_483_648,
  integerMax: 2_147_483_647,
  entityNameMinLength: 3,
  entityNameMaxLength: 60,
  entityNamePattern: /^(?![_.-])(?!.*\.{2})[a-z0-9:\-_.]*(?<![.])$/,
  attributeNamePattern: /^[a-zA-Z][a-zA-Z0-9_]*$/,
  attributeNameMaxLength: 30,
  attributesMaxCount: 50,
  indexesMaxCount: 7,
  reservedIndexName: 'by-key',
} as const;
