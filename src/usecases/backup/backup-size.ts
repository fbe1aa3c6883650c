/**
 * How big a backup may be, whichever way it travels through a resolver. (?) Forge documents no resolver payload or
 * response size; its functions run on AWS Lambda, whose synchronous payloads stop at 6 MB each way, so a backup is
 * held under 4 MiB to leave room for the envelope and the bridge's encoding. Above it the resolver refuses with this
 * message instead of failing somewhere in the platform (docs/adr/0015).
 */
export const MAX_BACKUP_BYTES = 4 * 1024 * 1024;

export const backupBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

export const tooLargeMessage = (what: string, bytes: number): string =>
  `${what} is ${bytes} bytes; a backup travels in one resolver call of at most ${MAX_BACKUP_BYTES} bytes ` +
  '(docs/adr/0015-backup-format.md).';
