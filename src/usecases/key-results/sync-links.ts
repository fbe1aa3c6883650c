import { targetKey, type KeyResultSource, type Target } from '../../domain';
import type { Services } from '../../services';

/** A KR's Jira targets; none for metric and milestone KRs. */
export const targetsOf = (source: KeyResultSource): Target[] => (source.type === 'jira' ? source.targets : []);

/**
 * Brings the links index (which KRs does this epic, project or version feed?) in line with a KR's targets, so issue
 * events and the issue panel find the KR. The KR record is the truth; the index follows it. Idempotent.
 */
export async function syncLinks(
  services: Pick<Services, 'repos' | 'clock'>,
  keyResultId: string,
  before: readonly Target[],
  after: readonly Target[],
  linkedBy: string,
): Promise<void> {
  const { links } = services.repos;
  const keep = new Set(after.map(targetKey));
  const had = new Set(before.map(targetKey));
  for (const target of before) if (!keep.has(targetKey(target))) await links.remove(keyResultId, target);
  const createdAt = services.clock.now().toISOString();
  for (const target of after) {
    if (had.has(targetKey(target)) && (await links.get(keyResultId, target))) continue;
    // ALREADY_LINKED here only means the index was ahead of the record: nothing to do.
    await links.add({ keyResultId, target, createdBy: linkedBy, createdAt });
  }
}
