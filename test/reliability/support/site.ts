/**
 * A generated site for the scaled scenarios, seeded silently (no events) into a harness of
 * test/integration/events: `epics` epics of `storiesPerEpic` stories each in one team-managed project, statuses and
 * points from the index (deterministic, so two harnesses hold the same site), and per epic one KR (count and points
 * alternating) plus one project-wide count KR.
 */
import {
  aJiraKeyResult,
  anObjective,
  epic,
  project,
  storeOkrs,
  type Harness,
} from '../../integration/events/support/harness';
import type { KrProgress } from '../../../src/domain';

export interface ScaledSite {
  epicKeys: string[];
  /** Story keys per epic, in creation order. */
  storyKeys: string[][];
  krIds: string[];
}

const STATUSES = ['To Do', 'In Progress', 'Done'] as const;

export async function seedScaledSite(h: Harness, epics: number, storiesPerEpic: number): Promise<ScaledSite> {
  const { sim } = h;
  const proj = sim.addProject({ key: 'REL', name: 'Reliability', style: 'team-managed' });
  const epicKeys: string[] = [];
  const storyKeys: string[][] = [];
  const krs = [];
  for (let e = 0; e < epics; e += 1) {
    const ep = sim.addIssue({ project: 'REL', type: 'Epic', summary: `Epic ${e}` }, { silent: true });
    epicKeys.push(ep.key);
    const stories: string[] = [];
    for (let s = 0; s < storiesPerEpic; s += 1) {
      const i = e * storiesPerEpic + s;
      const story = sim.addIssue(
        {
          project: 'REL',
          type: 'Story',
          summary: `Story ${e}.${s}`,
          parent: ep.key,
          status: STATUSES[(i * 7) % 3],
          ...(i % 5 === 0 ? {} : { points: 1 + ((i * 3) % 8) }),
        },
        { silent: true },
      );
      stories.push(story.key);
    }
    storyKeys.push(stories);
    krs.push(aJiraKeyResult(`kr-${e}`, `O${e % 5}`, e % 2 === 0 ? 'count' : 'points', [epic(ep.id)]));
  }
  krs.push(aJiraKeyResult('kr-project', 'O0', 'count', [project(proj.id)]));
  await storeOkrs(
    h.services,
    Array.from({ length: 5 }, (_, i) => anObjective(`O${i}`)),
    krs,
  );
  return { epicKeys, storyKeys, krIds: krs.map((k) => k.id) };
}

/** What a user sees of a KR: its progress and evidence (not when it was computed). */
export function visible(p: KrProgress | undefined) {
  return p === undefined ? undefined : { progress: p.progress, evidence: p.evidence, stale: p.stale };
}

export async function progressOf(h: Harness, ids: readonly string[]) {
  const stored = await h.services.repos.progress.getMany(ids);
  return Object.fromEntries(ids.map((id) => [id, visible(stored.get(id))]));
}
