import type { KeyResult, Target } from '../../domain';
import type { Services } from '../../services';
import { collectAll } from '../../store';

/** `epic:10001` → the target; the keys come from targetKeysOf, so anything else is a bug. */
export function targetOfKey(key: string): Exclude<Target, { kind: 'jql' }> {
  const [kind, id = ''] = key.split(':');
  if (kind === 'epic') return { kind, issueId: id };
  if (kind === 'project') return { kind, projectId: id };
  if (kind === 'version') return { kind, versionId: id };
  throw new Error(`Not an epic, project or version key: ${key}`);
}

/** The KRs linked to any of these targets (through the links index), each once, with the keys that reach it. */
export async function keyResultsLinkedTo(
  services: Pick<Services, 'repos'>,
  targetKeys: readonly string[],
): Promise<Array<{ keyResult: KeyResult; via: string[] }>> {
  const { links } = services.repos;
  const via = new Map<string, string[]>();
  for (const key of targetKeys) {
    const target = targetOfKey(key);
    for (const link of await collectAll((page) => links.listByTarget(target, page), { limit: 100 })) {
      via.set(link.keyResultId, [...(via.get(link.keyResultId) ?? []), key]);
    }
  }
  return loadAll(services, via);
}

/** Every KR with a JQL target: an issue event may change any of them, and only Jira can say which. */
export async function keyResultIdsWithJql(services: Pick<Services, 'repos'>): Promise<string[]> {
  const links = await collectAll((page) => services.repos.links.listByTargetKind('jql', page), { limit: 100 });
  return [...new Set(links.map((link) => link.keyResultId))];
}

async function loadAll(services: Pick<Services, 'repos'>, via: Map<string, string[]>) {
  const found: Array<{ keyResult: KeyResult; via: string[] }> = [];
  for (const [id, keys] of via) {
    // A link whose KR is gone is a leftover of a delete; the KR's record is the truth (sync-links).
    const keyResult = await services.repos.keyResults.get(id);
    if (keyResult) found.push({ keyResult, via: keys });
  }
  return found;
}
