/**
 * Repositories over the emulated kvs with a manual clock (2026-11-25, in 2026-Q4), and Jira clients that fail the
 * test if called: checking drafts and reporting metric-only periods must not cost a Jira call.
 */
import { createKvsEmulator } from '../../../sandbox/forge/kvs/create-emulated-kvs';
import { createManualClock } from '../../../sandbox/forge/manual-clock';
import type { KeyResult, KrProgress, Objective } from '../../../src/domain';
import type { Services } from '../../../src/services';
import { createRepositories, ENTITIES } from '../../../src/store';
import { aMetricKeyResult, anObjective, callerOf, NOW, OWNER } from '../check-ins/fixture';

export { aMetricKeyResult, anObjective, callerOf, OWNER };

export function qualityFixture() {
  const clock = createManualClock(NOW);
  const emulator = createKvsEmulator({ entities: ENTITIES, clock });
  const repos = createRepositories(emulator.kvs);
  const noJira = (): never => {
    throw new Error('no Jira call expected');
  };
  const services = { repos, clock, jiraAsApp: noJira, jiraAsUser: noJira } as unknown as Pick<
    Services,
    'repos' | 'clock' | 'jiraAsApp' | 'jiraAsUser'
  >;
  return {
    services,
    repos,
    async objectives(...items: Partial<Objective>[]) {
      for (const item of items) {
        const created = await repos.objectives.create(anObjective(item));
        if (!created.ok) throw new Error(`fixture: objective ${item.id}`);
      }
    },
    async keyResults(...items: Partial<KeyResult>[]) {
      for (const item of items) {
        const created = await repos.keyResults.create(aMetricKeyResult(item));
        if (!created.ok) throw new Error(`fixture: key result ${item.id}`);
      }
    },
    async progress(keyResultId: string, progress: number) {
      const stored: KrProgress = {
        keyResultId,
        progress,
        evidence: {
          sourceType: 'metric',
          scope: { issues: 0, todo: 0, inProgress: 0, done: 0 },
          emptyScope: false,
          flags: [],
        },
        asOf: NOW,
        stale: false,
      };
      await repos.progress.save(stored);
    },
  };
}
