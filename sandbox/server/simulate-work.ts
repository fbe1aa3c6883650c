/**
 * A simulated day of work on the demo site: people pick up issues, send them to review, finish them, and now and
 * then add a story to an epic in flight (scope growth). Deterministic for a given seed and history, and expressed as
 * journal entries, so a restart replays exactly what happened.
 */
import type { Issue, StatusName } from '../jira-simulator';
import { createRandom, deriveSeed } from '../demo/random';
import { DEMO_USERS } from '../demo/users';
import type { JournalEntry } from './journal';

const NEXT: Partial<Record<StatusName, StatusName[]>> = {
  'To Do': ['In Progress'],
  'In Progress': ['In Review', 'Done', 'Done'],
  'In Review': ['Done'],
};

/**
 * What happens in the 24 hours after `from`. The choices depend on the seed and `salt` (the day and how much
 * history there is), not on the exact instant, so the same history simulated again gives the same work.
 */
export function planWorkDay(issues: readonly Issue[], seed: number, from: Date, salt: string): JournalEntry[] {
  const random = createRandom(deriveSeed(seed, salt));
  const open = issues.filter((i) => i.hierarchyLevel <= 0 && i.statusCategory !== 'done' && i.parentKey !== null);
  const started = open.filter((i) => i.status !== 'To Do');
  const waiting = open.filter((i) => i.status === 'To Do');
  const moves = random.int(8, 16);
  const picked = new Set<string>();
  const entries: JournalEntry[] = [];
  const when = () => new Date(from.getTime() + random.next() * 86_400_000).toISOString();
  const fallbackActor = DEMO_USERS[0]?.accountId as string;
  for (let n = 0; n < moves; n += 1) {
    // Mostly finishing what is started, as teams do.
    const pool = random.chance(0.7) && started.length > 0 ? started : waiting;
    const issue = pool.length > 0 ? random.pick(pool) : undefined;
    if (!issue || picked.has(issue.key)) continue;
    picked.add(issue.key);
    const status = random.pick(NEXT[issue.status] ?? []);
    if (!status) continue;
    entries.push({ op: 'transition', at: when(), actor: issue.assignee ?? fallbackActor, key: issue.key, status });
  }
  const epicsInFlight = issues.filter((i) => i.type === 'Epic' && i.status === 'In Progress');
  if (epicsInFlight.length > 0 && random.chance(0.5)) {
    const epic = random.pick(epicsInFlight);
    entries.push({
      op: 'create',
      at: when(),
      actor: epic.assignee ?? fallbackActor,
      issue: {
        project: epic.projectKey,
        type: 'Story',
        summary: `Follow-up found while working on ${epic.summary.toLowerCase()}`,
        parent: epic.key,
        points: random.pick([1, 2, 3, 5]),
        ...(epic.assignee ? { assignee: epic.assignee } : {}),
      },
    });
  }
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}
