import type { ImportBackupResult } from '../../contract';
import { ok } from '../../domain';
import type { Services } from '../../services';
import { decodeBackupRecords, writeBackupRecords, type BackupRecords } from '../../store/backup';
import { failure, type Outcome } from '../objectives/failure';
import { checkReferences } from './check-references';

/**
 * okr/importBackup: every record is migrated and validated, and every reference checked, before anything is written;
 * one problem anywhere and nothing is (VALIDATION, each field named: `keyResults[3].source.target`). Then each record
 * replaces the site's record of the same id, and records the backup does not name stay (docs/adr/0015). The KRs'
 * event baselines are dropped, so the next recompute measures them from this site's Jira instead of adding events up
 * from another site's totals.
 */
export async function importBackup(
  services: Pick<Services, 'repos' | 'platform'>,
  records: BackupRecords,
): Promise<Outcome<ImportBackupResult>> {
  const decoded = decodeBackupRecords(records);
  if (!decoded.ok) return invalid(decoded.error);
  const references = checkReferences(decoded.value);
  if (references.length > 0) return invalid(references);

  await writeBackupRecords(services.platform.kvs, decoded.value);
  for (const kr of decoded.value.keyResults) await services.repos.baselines.delete(kr.id);
  const { objectives, keyResults, links, checkIns, snapshots, progress, closedPeriods } = decoded.value;
  return ok({
    objectives: objectives.length,
    keyResults: keyResults.length,
    links: links.length,
    checkIns: checkIns.length,
    snapshots: snapshots.length,
    progress: progress.length,
    closedPeriods: closedPeriods.length,
  });
}

function invalid(fields: { path: string; message: string }[]) {
  const shown = fields.slice(0, 50);
  const message =
    `The backup was not imported; nothing changed. ${fields.length} problem(s): ` +
    shown.map((f) => `${f.path}: ${f.message}`).join('; ');
  return failure('VALIDATION', message, shown);
}
