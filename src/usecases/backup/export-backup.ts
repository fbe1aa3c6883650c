import type { BackupDocument } from '../../contract';
import { ok } from '../../domain';
import type { Services } from '../../services';
import { readBackupRecords } from '../../store/backup';
import { failure, type Outcome } from '../objectives/failure';
import { siteToday } from '../periods/list-periods';
import { backupPeriodIds } from './backup-periods';
import { backupBytes, MAX_BACKUP_BYTES, tooLargeMessage } from './backup-size';

/**
 * okr/exportBackup: every objective, KR, link, check-in, snapshot and stored progress of the periods a backup walks,
 * and the site settings, each record as stored (`{ schemaVersion, data }`). Derived working state (issue histories,
 * baselines, queue markers, caches) is left out: the app rebuilds it. Metric-source secrets never leave the site.
 */
export async function exportBackup(
  services: Pick<Services, 'repos' | 'clock' | 'platform'>,
): Promise<Outcome<BackupDocument>> {
  const settings = await services.repos.settings.get();
  const periods = backupPeriodIds(siteToday(services.clock, settings));
  const records = await readBackupRecords(services.repos, services.platform.kvs, periods);
  const document: BackupDocument = {
    format: 'okr-rollup-backup',
    formatVersion: 1,
    exportedAt: services.clock.now().toISOString(),
    ...records,
  };
  const bytes = backupBytes(document);
  if (bytes > MAX_BACKUP_BYTES) {
    return failure('VALIDATION', tooLargeMessage('This site’s backup', bytes), [
      { path: '', message: `is ${bytes} bytes; at most ${MAX_BACKUP_BYTES}` },
    ]);
  }
  return ok(document);
}
