/**
 * The simulated site's data: users, projects, statuses, issue types, versions, issues and their change histories.
 * Only lookups and id allocation live here; changes that Jira would log go through mutations.ts.
 */
import { ISSUE_TYPES, type IssueTypeDef } from '../catalog/issue-types';
import { WORKFLOW, type StatusDef } from '../catalog/workflow';
import type { ChangeItem, IssueTypeName, ProjectStyle, StatusName, UserSeed } from '../types';

export const APP_ACCOUNT_ID = '63f1c0ffee5a1b0069e0a001';

export interface UserRecord {
  accountId: string;
  displayName: string;
  email: string;
  apiToken: string;
  browse: string[] | 'all';
  admin: boolean;
  accountType: 'atlassian' | 'app';
}

export interface ProjectRecord {
  id: string;
  key: string;
  name: string;
  style: ProjectStyle;
}

export interface VersionRecord {
  id: string;
  projectId: string;
  name: string;
  released: boolean;
  releaseDate: string | null;
}

export interface IssueRecord {
  id: string;
  key: string;
  projectId: string;
  issueTypeId: string;
  summary: string;
  statusId: string;
  statusCategoryChanged: Date;
  parentId: string | null;
  points: number | null;
  fixVersionIds: string[];
  labels: string[];
  created: Date;
  updated: Date;
  resolutiondate: Date | null;
  assigneeId: string | null;
  reporterId: string | null;
  creatorId: string | null;
}

export interface ChangeHistory {
  id: string;
  issueId: string;
  created: Date;
  authorId: string | null;
  items: ChangeItem[];
}

export class Store {
  readonly users = new Map<string, UserRecord>();
  readonly projects = new Map<string, ProjectRecord>();
  readonly statuses: StatusDef[] = [];
  readonly issueTypes: IssueTypeDef[] = [];
  readonly versions = new Map<string, VersionRecord>();
  readonly issues = new Map<string, IssueRecord>();
  readonly histories = new Map<string, ChangeHistory[]>();
  private readonly keyIndex = new Map<string, string>();
  /** parent id → child ids, so rendering `subtasks` does not scan every issue. */
  private readonly children = new Map<string, Set<string>>();
  private readonly statusById = new Map<string, StatusDef>();
  private readonly issueTypeById = new Map<string, IssueTypeDef>();
  private readonly issueCounters = new Map<string, number>();
  private nextIds = { project: 10000, issue: 10000, version: 10000, status: 10100, issueType: 10100, history: 10000 };

  constructor() {
    this.users.set(APP_ACCOUNT_ID, {
      accountId: APP_ACCOUNT_ID,
      displayName: 'OKR Rollup for Jira',
      email: '',
      apiToken: '',
      browse: 'all',
      admin: false,
      accountType: 'app',
    });
    for (const s of WORKFLOW) this.pushStatus({ id: s.globalId, name: s.name, category: s.category, projectId: null });
    for (const t of ISSUE_TYPES) {
      this.pushIssueType({
        id: t.globalId,
        canonical: t.name,
        name: t.name,
        hierarchyLevel: t.hierarchyLevel,
        avatarId: t.avatarId,
        projectId: null,
      });
    }
  }

  addUser(u: UserSeed): UserRecord {
    const rec: UserRecord = {
      accountId: u.accountId,
      displayName: u.displayName,
      email: u.email,
      apiToken: u.apiToken,
      browse: u.browseProjectIds ?? 'all',
      admin: u.admin ?? false,
      accountType: 'atlassian',
    };
    this.users.set(u.accountId, rec);
    return rec;
  }

  addProject(p: { id?: string; key: string; name: string; style: ProjectStyle }): ProjectRecord {
    if (!/^[A-Z][A-Z0-9_]{1,9}$/.test(p.key)) throw new Error(`invalid project key ${p.key}`);
    if (this.project(p.key)) throw new Error(`project ${p.key} exists`);
    const id = p.id ?? String(this.nextIds.project++);
    if (this.projects.has(id)) throw new Error(`project id ${id} exists`);
    const rec: ProjectRecord = { id, key: p.key, name: p.name, style: p.style };
    this.projects.set(id, rec);
    if (p.style === 'team-managed') {
      for (const s of WORKFLOW) {
        this.pushStatus({ id: String(this.nextIds.status++), name: s.name, category: s.category, projectId: id });
      }
      for (const t of ISSUE_TYPES) {
        this.pushIssueType({
          id: String(this.nextIds.issueType++),
          canonical: t.name,
          name: t.teamManagedName,
          hierarchyLevel: t.hierarchyLevel,
          avatarId: t.avatarId,
          projectId: id,
        });
      }
    }
    return rec;
  }

  private pushStatus(s: StatusDef): void {
    this.statuses.push(s);
    this.statusById.set(s.id, s);
  }

  private pushIssueType(t: IssueTypeDef): void {
    this.issueTypes.push(t);
    this.issueTypeById.set(t.id, t);
  }

  /** By id, or key (case-insensitive), as Jira resolves `projectIdOrKey`. */
  project(idOrKey: string): ProjectRecord | undefined {
    const byId = this.projects.get(idOrKey);
    if (byId) return byId;
    const upper = idOrKey.toUpperCase();
    for (const p of this.projects.values()) if (p.key === upper) return p;
    return undefined;
  }

  statusesOf(projectId: string): StatusDef[] {
    const project = this.projects.get(projectId);
    const scope = project?.style === 'team-managed' ? projectId : null;
    return this.statuses.filter((s) => s.projectId === scope);
  }

  statusFor(projectId: string, name: StatusName): StatusDef {
    const found = this.statusesOf(projectId).find((s) => s.name === name);
    if (!found) throw new Error(`no status ${name} in project ${projectId}`);
    return found;
  }

  status(id: string): StatusDef {
    const found = this.statusById.get(id);
    if (!found) throw new Error(`no status ${id}`);
    return found;
  }

  issueTypesOf(projectId: string): IssueTypeDef[] {
    const project = this.projects.get(projectId);
    const scope = project?.style === 'team-managed' ? projectId : null;
    return this.issueTypes.filter((t) => t.projectId === scope);
  }

  issueTypeFor(projectId: string, canonical: IssueTypeName): IssueTypeDef {
    const found = this.issueTypesOf(projectId).find((t) => t.canonical === canonical);
    if (!found) throw new Error(`no issue type ${canonical} in project ${projectId}`);
    return found;
  }

  issueType(id: string): IssueTypeDef {
    const found = this.issueTypeById.get(id);
    if (!found) throw new Error(`no issue type ${id}`);
    return found;
  }

  addVersion(projectId: string, v: { name: string; released?: boolean; releaseDate?: string }): VersionRecord {
    const rec: VersionRecord = {
      id: String(this.nextIds.version++),
      projectId,
      name: v.name,
      released: v.released ?? false,
      releaseDate: v.releaseDate ?? null,
    };
    this.versions.set(rec.id, rec);
    return rec;
  }

  versionsOf(projectId: string): VersionRecord[] {
    return [...this.versions.values()].filter((v) => v.projectId === projectId);
  }

  /** Allocates id and key for a new issue of a project (keys are never reused, as in Jira). */
  allocateIssue(projectId: string): { id: string; key: string } {
    const project = this.projects.get(projectId);
    if (!project) throw new Error(`no project ${projectId}`);
    const n = (this.issueCounters.get(projectId) ?? 0) + 1;
    this.issueCounters.set(projectId, n);
    return { id: String(this.nextIds.issue++), key: `${project.key}-${n}` };
  }

  putIssue(rec: IssueRecord): void {
    this.issues.set(rec.id, rec);
    this.keyIndex.set(rec.key.toUpperCase(), rec.id);
    this.link(rec.id, rec.parentId);
  }

  removeIssue(id: string): void {
    const rec = this.issues.get(id);
    if (!rec) return;
    this.issues.delete(id);
    this.keyIndex.delete(rec.key.toUpperCase());
    this.unlink(rec.id, rec.parentId);
  }

  /** Changes an issue's parent, keeping the children index true. */
  reparent(rec: IssueRecord, parentId: string | null): void {
    this.unlink(rec.id, rec.parentId);
    rec.parentId = parentId;
    this.link(rec.id, parentId);
  }

  childrenOf(id: string): IssueRecord[] {
    return [...(this.children.get(id) ?? [])].flatMap((c) => this.issues.get(c) ?? []);
  }

  private link(childId: string, parentId: string | null): void {
    if (parentId === null) return;
    const set = this.children.get(parentId) ?? new Set<string>();
    set.add(childId);
    this.children.set(parentId, set);
  }

  private unlink(childId: string, parentId: string | null): void {
    if (parentId !== null) this.children.get(parentId)?.delete(childId);
  }

  /** By id or key; keys match case-insensitively, as Jira does. */
  issue(idOrKey: string): IssueRecord | undefined {
    const byId = this.issues.get(idOrKey);
    if (byId) return byId;
    const id = this.keyIndex.get(idOrKey.toUpperCase());
    return id === undefined ? undefined : this.issues.get(id);
  }

  nextHistoryId(): string {
    return String(this.nextIds.history++);
  }

  addHistory(h: ChangeHistory): void {
    const list = this.histories.get(h.issueId) ?? [];
    list.push(h);
    this.histories.set(h.issueId, list);
  }

  /** Who acts when a seeding call names nobody: the first admin, else the first user, else the app. */
  defaultActor(): string {
    const humans = [...this.users.values()].filter((u) => u.accountType === 'atlassian');
    return (humans.find((u) => u.admin) ?? humans[0])?.accountId ?? APP_ACCOUNT_ID;
  }

  userByEmail(email: string): UserRecord | undefined {
    for (const u of this.users.values()) if (u.accountType === 'atlassian' && u.email === email) return u;
    return undefined;
  }
}
