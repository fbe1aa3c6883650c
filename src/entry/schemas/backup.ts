import { z } from 'zod';
import { BackupRecord } from '../../store/backup';

/**
 * The envelope of a backup document: each record only needs `{ schemaVersion, data }` here, because the use case
 * migrates and validates every record with the domain schemas and names the field at fault (docs/adr/0015).
 */
const Records = z.array(BackupRecord).max(100_000);

export const BackupDocumentSchema = z.object({
  format: z.literal('okr-rollup-backup'),
  formatVersion: z.literal(1),
  exportedAt: z.iso.datetime({ offset: true }),
  settings: BackupRecord.optional(),
  objectives: Records,
  keyResults: Records,
  links: Records,
  checkIns: Records,
  snapshots: Records,
  progress: Records,
  closedPeriods: z.array(BackupRecord).max(1_000).optional(),
});

export const ImportBackupPayload = z.object({ document: BackupDocumentSchema });
