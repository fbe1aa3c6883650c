/**
 * Public types of the Jira Cloud simulator. Other code (tests, benchmarks, the sandbox server) is written against
 * exactly these names, so changes here are API changes.
 */
import type { JiraPlatform } from '../../src/platform';

export type ProjectStyle = 'team-managed' | 'company-managed';
/** The issue types every simulated project has. Team-managed projects name their sub-task type "Subtask", like Jira. */
export type IssueTypeName = 'Epic' | 'Story' | 'Task' | 'Bug' | 'Sub-task';
export type StatusName = 'To Do' | 'In Progress' | 'In Review' | 'Done';
export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

/** Knobs that make the simulator misbehave the way Jira Cloud does under load. All default to "perfect server". */
export interface Realism {
  /** Added delay per call, on real timers (never the injected clock). 0 = answer synchronously-ish. */
  latencyMs: number;
  /** Hourly points quota (1 + issues returned per read, 1 per write). Infinity = unlimited. */
  pointsPerHour: number;
  /** Which RateLimit-Reason the hourly quota reports: a per-site quota or the app's global pool. */
  quotaScope: 'tenant' | 'global';
  /** Basic-auth (API token) traffic is exempt from the points quota on Jira Cloud; burst limits still apply. */
  quotaAppliesToApiTokens: boolean;
  /** Calls per second allowed per endpoint + method before 429 jira-burst-based. Infinity = unlimited. */
  burstPerSecond: number;
  /** Fraction (0..1) of calls answered with an injected 503/500. */
  errorRate: number;
  /** Fraction (0..1) of calls that hang for `timeoutMs` and then fail (in-process: rejects; HTTP: socket destroyed). */
  timeoutRate: number;
  /** How long a timed-out call hangs, on real timers. */
  timeoutMs: number;
  /** Fraction (0..1) of calls answered 429 at random (as if another app drained the pool). */
  throttleRate: number;
  /** approximate-count answers from the state of this many ms ago (by the injected clock). */
  approximateCountLagMs: number;
}

export interface SimulatorOptions {
  /** Seed of the PRNG behind every random choice (fault injection). Same seed + same calls = same answers. */
  seed?: number;
  /** Time base of the simulated site (created/updated stamps, quotas, lag). Defaults to the wall clock. */
  clock?: { now(): Date };
  realism?: Partial<Realism>;
  /** Base URL used in `self` links. Defaults to https://okr-sandbox.atlassian.net. */
  siteUrl?: string;
}

export type Actor = { kind: 'app' } | { kind: 'user'; accountId: string };

export interface SimRequest {
  method: string;
  /** Path relative to the site, including the query string, e.g. `/rest/api/3/search/jql?jql=...`. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  as: Actor;
}

export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface UserSeed {
  accountId: string;
  displayName: string;
  email: string;
  apiToken: string;
  /** Project ids (or keys) the user may browse; default 'all'. */
  browseProjectIds?: string[] | 'all';
  /** Jira administrator (ADMINISTER global permission). Does not grant browsing by itself, as in Jira. */
  admin?: boolean;
}

export interface Project {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly style: ProjectStyle;
}

export interface Version {
  readonly id: string;
  readonly projectId: string;
  readonly name: string;
  readonly released: boolean;
  /** 'YYYY-MM-DD' */
  readonly releaseDate: string | null;
}

/** A read-only snapshot of an issue, for assertions and seeding scripts. */
export interface Issue {
  readonly id: string;
  readonly key: string;
  readonly projectId: string;
  readonly projectKey: string;
  readonly type: IssueTypeName;
  readonly hierarchyLevel: number;
  readonly summary: string;
  readonly status: StatusName;
  readonly statusCategory: StatusCategoryKey;
  readonly parentId: string | null;
  readonly parentKey: string | null;
  readonly points: number | null;
  readonly fixVersionIds: readonly string[];
  readonly fixVersions: readonly string[];
  readonly labels: readonly string[];
  readonly created: Date;
  readonly updated: Date;
  readonly resolutiondate: Date | null;
  readonly assignee: string | null;
  readonly reporter: string | null;
  readonly creator: string | null;
}

export interface IssueSeed {
  /** Project key or id. */
  project: string;
  type: IssueTypeName | 'Subtask';
  summary: string;
  status?: StatusName;
  /** Parent issue key or id. */
  parent?: string;
  points?: number;
  /** Version names (or ids) of the issue's project. */
  fixVersions?: string[];
  labels?: string[];
  created?: Date;
  /** accountId */
  assignee?: string;
  /** accountId of the creator/reporter; defaults to the first admin user, else the first user, else the app. */
  reporter?: string;
}

export interface ChangeOptions {
  /** accountId of who made the change; defaults like IssueSeed.reporter. */
  actor?: string;
  /** When the change happened; defaults to clock.now(). Also stamps `updated`. */
  at?: Date;
  /** Do not emit the Forge event (the changelog is still recorded). */
  silent?: boolean;
}

export interface FieldUpdate {
  summary?: string;
  points?: number | null;
  labels?: string[];
  /** Version names or ids; replaces the list. */
  fixVersions?: string[];
  /** accountId or null to unassign. */
  assignee?: string | null;
}

export interface ChangeItem {
  field: string;
  fieldtype: string;
  fieldId?: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export type ForgeIssueEventType = 'avi:jira:created:issue' | 'avi:jira:updated:issue' | 'avi:jira:deleted:issue';

/** The payload a Forge `trigger` on issue events receives: thin (no parent, no custom fields). */
export interface ForgeIssueEvent {
  eventType: ForgeIssueEventType;
  atlassianId?: string;
  issue: {
    id: string;
    key: string;
    fields: {
      summary: string;
      issuetype: Record<string, unknown>;
      creator: Record<string, unknown> | null;
      created: string;
      project: Record<string, unknown>;
      reporter: Record<string, unknown> | null;
      assignee: Record<string, unknown> | null;
      updated: string;
      status: Record<string, unknown>;
    };
  };
  changelog?: { id: string; items: ChangeItem[] };
}

export interface EndpointMeter {
  calls: number;
  points: number;
}

export interface Meter {
  calls: number;
  points: number;
  /** Keyed by `METHOD /route/template`, e.g. `POST /rest/api/3/search/jql`. */
  byEndpoint: Record<string, EndpointMeter>;
  reset(): void;
}

export interface ListeningSimulator {
  url: string;
  close(): Promise<void>;
}

export interface JiraSimulator extends JiraPlatform {
  handle(req: SimRequest): Promise<SimResponse>;
  listen(port?: number, host?: string): Promise<ListeningSimulator>;
  readonly meter: Meter;
  setRealism(r: Partial<Realism>): void;
  readonly realism: Readonly<Realism>;
  onEvent(listener: (e: ForgeIssueEvent) => void): () => void;

  addUser(u: UserSeed): void;
  addProject(p: { id?: string; key: string; name: string; style: ProjectStyle }): Project;
  addVersion(projectKeyOrId: string, v: { name: string; released?: boolean; releaseDate?: string }): Version;
  /** Marks a version released (as "Release" in Jira's UI does), on `releaseDate` when given. */
  releaseVersion(versionId: string, releaseDate?: string): Version;
  addIssue(i: IssueSeed, opts?: { silent?: boolean }): Issue;
  transition(keyOrId: string, statusName: StatusName, opts?: ChangeOptions): void;
  setParent(keyOrId: string, parentKeyOrId: string | null, opts?: ChangeOptions): void;
  updateFields(keyOrId: string, fields: FieldUpdate, opts?: ChangeOptions): void;
  deleteIssue(keyOrId: string, opts?: ChangeOptions): void;
  issue(keyOrId: string): Issue | undefined;
  issues(): Issue[];
  project(keyOrId: string): Project | undefined;
  readonly storyPointsFieldIds: { teamManaged: string; companyManaged: string };
}
