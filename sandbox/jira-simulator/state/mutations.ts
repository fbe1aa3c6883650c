/**
 * Every change Jira would log: each one validates like Jira, records a change history (with the same items the
 * REST changelog and the Forge event carry), appends to the timeline that lagged reads use, and emits the event.
 */
import { issueTypeTemplate } from '../catalog/issue-types';
import { pointsFieldFor } from '../catalog/fields';
import { DONE_RESOLUTION } from '../catalog/workflow';
import { buildEvent, type EventBus } from '../events';
import type { Site } from '../render/entities';
import type { ChangeItem, FieldUpdate, IssueSeed, StatusName } from '../types';
import type { IssueRecord, Store } from './store';
import type { Timeline } from './timeline';

/** A change Jira would refuse with 400: `errors` per field, as in Jira's ErrorCollection. */
export class JiraInputError extends Error {
  constructor(
    readonly errors: Record<string, string>,
    readonly errorMessages: string[] = [],
  ) {
    super([...errorMessages, ...Object.entries(errors).map(([k, v]) => `${k}: ${v}`)].join('; '));
  }
}

export interface MutationOptions {
  actorId?: string;
  at?: Date;
  silent?: boolean;
}

export class Mutations {
  constructor(
    private readonly store: Store,
    private readonly timeline: Timeline,
    private readonly events: EventBus,
    private readonly site: Site,
    private readonly now: () => Date,
  ) {}

  createIssue(seed: IssueSeed, opts: MutationOptions = {}): IssueRecord {
    const project = this.store.project(seed.project);
    if (!project) throw new JiraInputError({ project: 'Specify a valid project ID or key' });
    const template = issueTypeTemplate(seed.type);
    if (!template) throw new JiraInputError({ issuetype: 'Specify a valid issue type' });
    if (!seed.summary || seed.summary.trim() === '')
      throw new JiraInputError({ summary: 'You must specify a summary of the issue.' });
    const type = this.store.issueTypeFor(project.id, template.name);
    const parent = seed.parent === undefined ? null : this.store.issue(seed.parent);
    if (seed.parent !== undefined && !parent)
      throw new JiraInputError({ parent: `Issue '${seed.parent}' could not be found.` });
    if (type.hierarchyLevel < 0 && !parent) {
      throw new JiraInputError({ issuetype: 'Issue type is a sub-task but parent issue key or id not specified.' });
    }
    if (parent) this.checkHierarchy(type.hierarchyLevel, project.id, parent);
    const actorId = opts.actorId ?? seed.reporter ?? this.store.defaultActor();
    this.checkUser(actorId, 'reporter');
    if (seed.assignee !== undefined) this.checkUser(seed.assignee, 'assignee');
    const labels = this.checkLabels(seed.labels ?? []);
    const fixVersionIds = this.resolveVersions(project.id, seed.fixVersions ?? []);
    const created = seed.created ?? opts.at ?? this.now();
    const status = this.store.statusFor(project.id, seed.status ?? 'To Do');
    const { id, key } = this.store.allocateIssue(project.id);
    const rec: IssueRecord = {
      id,
      key,
      projectId: project.id,
      issueTypeId: type.id,
      summary: seed.summary,
      statusId: status.id,
      statusCategoryChanged: created,
      parentId: parent?.id ?? null,
      points: seed.points ?? null,
      fixVersionIds,
      labels,
      created,
      updated: created,
      resolutiondate: status.category === 'done' ? created : null,
      assigneeId: seed.assignee ?? null,
      reporterId: actorId,
      creatorId: actorId,
    };
    this.store.putIssue(rec);
    this.timeline.record(this.now(), rec.id, rec);
    if (!opts.silent) this.events.emit(buildEvent(this.store, this.site, 'avi:jira:created:issue', rec, actorId));
    return rec;
  }

  transition(rec: IssueRecord, statusName: StatusName, opts: MutationOptions = {}): void {
    const from = this.store.status(rec.statusId);
    const to = this.store.statusFor(rec.projectId, statusName);
    if (from.id === to.id) return;
    const at = opts.at ?? this.now();
    const items: ChangeItem[] = [item('status', 'jira', 'status', from.id, from.name, to.id, to.name)];
    if (from.category !== 'done' && to.category === 'done') {
      items.push(item('resolution', 'jira', 'resolution', null, null, DONE_RESOLUTION.id, DONE_RESOLUTION.name));
      rec.resolutiondate = at;
    } else if (from.category === 'done' && to.category !== 'done') {
      items.push(item('resolution', 'jira', 'resolution', DONE_RESOLUTION.id, DONE_RESOLUTION.name, null, null));
      rec.resolutiondate = null;
    }
    if (from.category !== to.category) rec.statusCategoryChanged = at;
    rec.statusId = to.id;
    this.commit(rec, items, at, opts);
  }

  setParent(rec: IssueRecord, parent: IssueRecord | null, opts: MutationOptions = {}): void {
    if ((parent?.id ?? null) === rec.parentId) return;
    const type = this.store.issueType(rec.issueTypeId);
    if (parent) this.checkHierarchy(type.hierarchyLevel, rec.projectId, parent);
    else if (type.hierarchyLevel < 0) throw new JiraInputError({ parent: 'A sub-task must have a parent.' });
    const old = rec.parentId === null ? undefined : this.store.issues.get(rec.parentId);
    this.store.reparent(rec, parent?.id ?? null);
    // Jira logs re-parenting as IssueParentAssociation, without a fieldId.
    const items = [
      item(
        'IssueParentAssociation',
        'jira',
        undefined,
        old?.id ?? null,
        old?.key ?? null,
        parent?.id ?? null,
        parent?.key ?? null,
      ),
    ];
    this.commit(rec, items, opts.at ?? this.now(), opts);
  }

  updateFields(rec: IssueRecord, update: FieldUpdate, opts: MutationOptions = {}): void {
    const items: ChangeItem[] = [];
    if (update.summary !== undefined && update.summary !== rec.summary) {
      if (update.summary.trim() === '')
        throw new JiraInputError({ summary: 'You must specify a summary of the issue.' });
      items.push(item('summary', 'jira', 'summary', null, rec.summary, null, update.summary));
      rec.summary = update.summary;
    }
    if (update.points !== undefined && update.points !== rec.points) {
      const project = this.store.projects.get(rec.projectId);
      if (!project) throw new Error('issue without project');
      const field = pointsFieldFor(project.style);
      items.push(item(field.name, 'custom', field.id, null, numText(rec.points), null, numText(update.points)));
      rec.points = update.points;
    }
    if (update.labels !== undefined) {
      const labels = this.checkLabels(update.labels);
      if (labels.join(' ') !== rec.labels.join(' ')) {
        items.push(
          item('labels', 'jira', 'labels', null, rec.labels.join(' ') || null, null, labels.join(' ') || null),
        );
        rec.labels = labels;
      }
    }
    if (update.fixVersions !== undefined) {
      const ids = this.resolveVersions(rec.projectId, update.fixVersions);
      for (const id of rec.fixVersionIds.filter((v) => !ids.includes(v))) {
        items.push(
          item('Fix Version', 'jira', 'fixVersions', id, this.store.versions.get(id)?.name ?? null, null, null),
        );
      }
      for (const id of ids.filter((v) => !rec.fixVersionIds.includes(v))) {
        items.push(
          item('Fix Version', 'jira', 'fixVersions', null, null, id, this.store.versions.get(id)?.name ?? null),
        );
      }
      rec.fixVersionIds = ids;
    }
    if (update.assignee !== undefined && update.assignee !== rec.assigneeId) {
      if (update.assignee !== null) this.checkUser(update.assignee, 'assignee');
      const name = (id: string | null) => (id === null ? null : (this.store.users.get(id)?.displayName ?? null));
      items.push(
        item(
          'assignee',
          'jira',
          'assignee',
          rec.assigneeId,
          name(rec.assigneeId),
          update.assignee,
          name(update.assignee),
        ),
      );
      rec.assigneeId = update.assignee;
    }
    if (items.length > 0) this.commit(rec, items, opts.at ?? this.now(), opts);
  }

  /**
   * Deletes the issue and, as Jira does, its sub-tasks (without events of their own); children of a deleted epic
   * lose their parent, logged in their history but not announced.
   */
  deleteIssue(rec: IssueRecord, opts: MutationOptions = {}): void {
    const at = opts.at ?? this.now();
    const actorId = opts.actorId ?? this.store.defaultActor();
    for (const child of this.store.childrenOf(rec.id)) {
      if (this.store.issueType(child.issueTypeId).hierarchyLevel < 0) {
        this.store.removeIssue(child.id);
        this.timeline.record(this.now(), child.id, null);
      } else {
        this.store.reparent(child, null);
        const items = [item('IssueParentAssociation', 'jira', undefined, rec.id, rec.key, null, null)];
        this.commit(child, items, at, { ...opts, silent: true });
      }
    }
    this.store.removeIssue(rec.id);
    this.timeline.record(this.now(), rec.id, null);
    if (!opts.silent) this.events.emit(buildEvent(this.store, this.site, 'avi:jira:deleted:issue', rec, actorId));
  }

  private commit(rec: IssueRecord, items: ChangeItem[], at: Date, opts: MutationOptions): void {
    const actorId = opts.actorId ?? this.store.defaultActor();
    rec.updated = at;
    const history = { id: this.store.nextHistoryId(), issueId: rec.id, created: at, authorId: actorId, items };
    this.store.addHistory(history);
    this.timeline.record(this.now(), rec.id, rec);
    if (!opts.silent) {
      this.events.emit(
        buildEvent(this.store, this.site, 'avi:jira:updated:issue', rec, actorId, { id: history.id, items }),
      );
    }
  }

  private checkHierarchy(childLevel: number, childProjectId: string, parent: IssueRecord): void {
    const parentLevel = this.store.issueType(parent.issueTypeId).hierarchyLevel;
    if (parentLevel !== childLevel + 1) {
      throw new JiraInputError({ parent: 'Given parent work item does not belong to appropriate hierarchy.' });
    }
    if (childLevel < 0 && parent.projectId !== childProjectId) {
      throw new JiraInputError({ parent: 'A sub-task must be in the same project as its parent.' });
    }
  }

  private checkUser(accountId: string, field: string): void {
    if (!this.store.users.has(accountId)) throw new JiraInputError({ [field]: `User '${accountId}' does not exist.` });
  }

  private checkLabels(labels: readonly string[]): string[] {
    for (const l of labels) {
      if (/\s/.test(l) || l === '')
        throw new JiraInputError({ labels: `The label '${l}' contains spaces which is invalid.` });
    }
    return [...new Set(labels)];
  }

  private resolveVersions(projectId: string, namesOrIds: readonly string[]): string[] {
    const versions = this.store.versionsOf(projectId);
    return [
      ...new Set(
        namesOrIds.map((n) => {
          const v = versions.find((x) => x.id === n || x.name === n);
          if (!v) throw new JiraInputError({ fixVersions: `Version name '${n}' is not valid` });
          return v.id;
        }),
      ),
    ];
  }
}

function item(
  field: string,
  fieldtype: string,
  fieldId: string | undefined,
  from: string | null,
  fromString: string | null,
  to: string | null,
  toString: string | null,
): ChangeItem {
  const out: ChangeItem = { field, fieldtype, from, fromString, to, toString };
  if (fieldId !== undefined) out.fieldId = fieldId;
  return out;
}

function numText(n: number | null): string | null {
  return n === null ? null : String(n);
}
