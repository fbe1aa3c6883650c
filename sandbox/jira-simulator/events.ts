/**
 * Forge issue events (`avi:jira:*:issue`) as a trigger receives them: a thin issue (no parent, no custom fields,
 * users reduced to their accountId) plus, for updates, the changelog of that one change.
 */
import { jiraDateTime } from './format';
import { issueTypeJson, projectRefJson, statusJson, type Site } from './render/entities';
import type { IssueRecord, Store } from './state/store';
import type { ChangeItem, ForgeIssueEvent, ForgeIssueEventType } from './types';

type Listener = (e: ForgeIssueEvent) => void;

export class EventBus {
  private readonly listeners = new Set<Listener>();

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(e: ForgeIssueEvent): void {
    // A listener that throws must not stop the change (Jira has already committed it) nor the other listeners.
    for (const l of [...this.listeners]) {
      try {
        l(e);
      } catch {
        /* deliberately ignored: delivery is fire-and-forget, as in Forge */
      }
    }
  }
}

function userRef(accountId: string | null): Record<string, unknown> | null {
  return accountId === null ? null : { accountId };
}

export function buildEvent(
  store: Store,
  site: Site,
  eventType: ForgeIssueEventType,
  rec: IssueRecord,
  actorId: string | null,
  changelog?: { id: string; items: ChangeItem[] },
): ForgeIssueEvent {
  const project = store.projects.get(rec.projectId);
  if (!project) throw new Error(`issue ${rec.key} has no project`);
  const event: ForgeIssueEvent = {
    eventType,
    issue: {
      id: rec.id,
      key: rec.key,
      fields: {
        summary: rec.summary,
        issuetype: issueTypeJson(site, store.issueType(rec.issueTypeId)),
        creator: userRef(rec.creatorId),
        created: jiraDateTime(rec.created),
        project: projectRefJson(site, project),
        reporter: userRef(rec.reporterId),
        assignee: userRef(rec.assigneeId),
        updated: jiraDateTime(rec.updated),
        status: statusJson(site, store.status(rec.statusId)),
      },
    },
  };
  if (actorId !== null) event.atlassianId = actorId;
  if (changelog) event.changelog = { id: changelog.id, items: changelog.items.map((i) => ({ ...i })) };
  return event;
}
