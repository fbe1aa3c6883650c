/**
 * The simulated Jira lives in memory and is re-seeded on every start; what changed it since the seed (simulated
 * work, writes through the REST API) is journaled in the data folder and replayed, silently, on the next start,
 * so the site comes back as it was while the app's storage (persisted on its own) stays consistent with it.
 */
import type { IssueSeed, JiraSimulator, StatusName } from '../jira-simulator';
import type { WorldClock } from './world-clock';

export type JournalIssueSeed = Omit<IssueSeed, 'created'>;

export type JournalEntry =
  | { op: 'create'; at: string; actor: string; issue: JournalIssueSeed }
  | { op: 'transition'; at: string; actor: string; key: string; status: StatusName }
  | { op: 'rest'; at: string; accountId: string; method: string; path: string; body?: string };

/** POSTs that only read: searches, counts and bulk fetches change nothing, so they are not journaled. */
const READ_ONLY_POST =
  /^\/rest\/api\/\d+\/(search(\/jql|\/approximate-count)?|issue\/bulkfetch|changelog\/bulkfetch)(\?|$)/;

export function changesJira(method: string, path: string, status: number): boolean {
  const verb = method.toUpperCase();
  if (verb === 'GET' || verb === 'HEAD' || verb === 'OPTIONS' || status >= 300) return false;
  return !(verb === 'POST' && READ_ONLY_POST.test(path));
}

export async function replayJournal(
  sim: JiraSimulator,
  clock: WorldClock,
  entries: readonly JournalEntry[],
): Promise<void> {
  for (const [index, entry] of entries.entries()) {
    const at = new Date(entry.at);
    clock.pin(at);
    const where = `journal entry ${index + 1} (${entry.op} at ${entry.at})`;
    try {
      if (entry.op === 'create') {
        sim.addIssue({ ...entry.issue, reporter: entry.actor, created: at }, { silent: true });
      } else if (entry.op === 'transition') {
        sim.transition(entry.key, entry.status, { actor: entry.actor, at, silent: true });
      } else {
        const response = await sim.handle({
          method: entry.method,
          path: entry.path,
          headers: { 'content-type': 'application/json' },
          ...(entry.body === undefined ? {} : { body: entry.body }),
          as: { kind: 'user', accountId: entry.accountId },
        });
        if (response.status >= 300) throw new Error(`Jira answered ${response.status}: ${response.body.slice(0, 200)}`);
      }
    } catch (error) {
      throw new Error(`${where} no longer applies: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
  }
}
