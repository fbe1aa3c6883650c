import { RESOLVER_KEYS } from '../../contract';
import type { Services } from '../../services';
import { MAX_BACKUP_BYTES } from '../../usecases/backup/backup-size';
import { exportBackup } from '../../usecases/backup/export-backup';
import { importBackup } from '../../usecases/backup/import-backup';
import { ImportBackupPayload } from '../schemas/backup';
import { EmptyPayload } from '../schemas/settings';
import { defineKey, type ResolverHandler } from './define';

/** Data safety (issue #9): export and import of every record, for Jira admins (docs/adr/0015). */
export function backupResolvers(services: Services): Record<string, ResolverHandler> {
  return {
    [RESOLVER_KEYS.exportBackup]: defineKey(services, RESOLVER_KEYS.exportBackup, {
      access: 'admin',
      payload: EmptyPayload,
      run: () => exportBackup(services),
    }),
    [RESOLVER_KEYS.importBackup]: defineKey(services, RESOLVER_KEYS.importBackup, {
      access: 'admin',
      payload: ImportBackupPayload,
      // A payload larger than a form's: a whole site, still refused above what one resolver call may carry.
      maxPayloadBytes: MAX_BACKUP_BYTES,
      run: (input) => importBackup(services, input.document),
    }),
  };
}
