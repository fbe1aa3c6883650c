/**
 * Hand-written fakes for src/jira tests: a recording `JiraFetch`, a fake clock whose `sleep` never really sleeps, and a
 * tiny Jira that answers the exact query shapes src/jira emits (not a simulator: sandbox/ has that).
 */
import type { Clock, JiraFetch, JiraRequestInit, JiraResponse } from '../../src/platform';

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  /** Fake-clock time the request reached the transport. */
  at: number;
}

export function jsonResponse(status: number, body?: unknown, headers: Record<string, string> = {}): JiraResponse {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  if (body !== undefined) lower['content-type'] ??= 'application/json';
  return {
    status,
    headers: { get: (name) => lower[name.toLowerCase()] ?? null },
    text: () => Promise.resolve(body === undefined ? '' : JSON.stringify(body)),
  };
}

export function rateLimited(retryAfterSeconds: number | undefined, reason: string): JiraResponse {
  return jsonResponse(
    429,
    { errorMessages: ['Rate limit exceeded'] },
    { ...(retryAfterSeconds !== undefined ? { 'Retry-After': String(retryAfterSeconds) } : {}), 'RateLimit-Reason': reason },
  );
}

/**
 * Time under test control. `sleep` parks the caller until `advance`/`drive` moves the clock past its wake time, so
 * concurrent callers interleave as they would in real time. Every wait is recorded.
 */
export class FakeTime {
  now = Date.parse('2026-10-01T09:00:00Z');
  readonly waits: number[] = [];
  private sleepers: Array<{ wake: number; resolve: () => void }> = [];
  readonly clock: Clock = { now: () => new Date(this.now) };

  readonly sleep = (ms: number): Promise<void> => {
    this.waits.push(ms);
    return new Promise((resolve) => this.sleepers.push({ wake: this.now + ms, resolve }));
  };

  /** Runs `promise` to completion, jumping the clock to the next sleeper whenever nothing else can progress. */
  async drive<T>(promise: Promise<T>): Promise<T> {
    let settled = false;
    promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (let guard = 0; guard < 10_000; guard += 1) {
      await flush();
      if (settled) return promise;
      if (!this.wakeNext()) continue;
    }
    throw new Error('FakeTime.drive: promise never settled');
  }

  /** Lets pending microtasks and I/O callbacks run, without advancing the clock. */
  async settle(): Promise<void> {
    for (let i = 0; i < 5; i += 1) await flush();
  }

  pendingSleepers(): number {
    return this.sleepers.length;
  }

  private wakeNext(): boolean {
    if (this.sleepers.length === 0) return false;
    const wake = Math.min(...this.sleepers.map((s) => s.wake));
    this.now = Math.max(this.now, wake);
    const due = this.sleepers.filter((s) => s.wake <= this.now);
    this.sleepers = this.sleepers.filter((s) => s.wake > this.now);
    for (const s of due) s.resolve();
    return true;
  }
}

export function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export type Handler = (request: RecordedRequest) => JiraResponse | Promise<JiraResponse>;

export interface RecordingFetch extends JiraFetch {
  requests: RecordedRequest[];
}

export function recordingFetch(handler: Handler, time?: FakeTime): RecordingFetch {
  const requests: RecordedRequest[] = [];
  const fetch = async (path: string, init?: JiraRequestInit) => {
    const request: RecordedRequest = {
      method: init?.method ?? 'GET',
      path,
      body: init?.body === undefined ? undefined : JSON.parse(init.body),
      at: time?.now ?? 0,
    };
    requests.push(request);
    return handler(request);
  };
  return Object.assign(fetch, { requests });
}

/** Answers from a list, one response per call, then repeats the last. */
export function sequence(...responses: Array<JiraResponse | Error>): Handler {
  let i = 0;
  return () => {
    const next = responses[Math.min(i, responses.length - 1)];
    i += 1;
    if (next instanceof Error) throw next;
    if (!next) throw new Error('sequence() needs at least one response');
    return next;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// A tiny Jira for planner/executor tests.

export interface FakeIssue {
  id: string;
  key: string;
  type: 'epic' | 'story' | 'subtask';
  projectId: string;
  parentId?: string;
  versionIds?: string[];
  status?: 'new' | 'indeterminate' | 'done';
  points?: number;
}

export interface FakeSiteOptions {
  issues: FakeIssue[];
  fields?: unknown[];
  /** Field id the fake stores `points` under. */
  storyPointsFieldId?: string;
  /** Answers for JQL the fake cannot evaluate (a KR's own JQL): issue ids by exact JQL. */
  jqlAnswers?: Record<string, string[]>;
  pageSize?: number;
}

const LEVEL = { epic: 1, story: 0, subtask: -1 } as const;
const TYPE_NAME = { epic: 'Epic', story: 'Story', subtask: 'Sub-task' } as const;

export function issueJson(issue: FakeIssue, fields: readonly string[], storyPointsFieldId = 'customfield_10016') {
  const all: Record<string, unknown> = {
    parent: issue.parentId ? { id: issue.parentId, key: `P-${issue.parentId}` } : undefined,
    status: { name: issue.status ?? 'new', statusCategory: { key: issue.status ?? 'new' } },
    issuetype: { name: TYPE_NAME[issue.type], hierarchyLevel: LEVEL[issue.type], subtask: issue.type === 'subtask' },
    project: { id: issue.projectId, key: `PR${issue.projectId}` },
    fixVersions: (issue.versionIds ?? []).map((id) => ({ id, name: `v${id}` })),
    created: '2026-09-01T10:00:00.000+0000',
    updated: '2026-09-15T10:00:00.000+0000',
    [storyPointsFieldId]: issue.points ?? null,
  };
  const picked = Object.fromEntries(fields.filter((f) => all[f] !== undefined).map((f) => [f, all[f]]));
  return { id: issue.id, key: issue.key, fields: picked };
}

/** Matches the one id clause our fact queries start with, plus our issuetype exclusions (by name or sub-task function). */
function evaluate(jql: string, issues: FakeIssue[]): FakeIssue[] | undefined {
  const m = /^(parent|project|fixVersion) (?:= (\S+)|in \(([^)]*)\))/.exec(jql);
  if (!m) return undefined;
  const field = m[1];
  const ids = (m[2] ?? m[3] ?? '').split(',').map((s) => s.trim().replace(/^"|"$/g, ''));
  const excluded = [...jql.matchAll(/issuetype != "([^"]+)"/g)].map((x) => x[1]);
  if (jql.includes('issuetype not in subTaskIssueTypes()')) excluded.push(TYPE_NAME.subtask);
  return issues.filter((issue) => {
    const value =
      field === 'parent' ? [issue.parentId] : field === 'project' ? [issue.projectId] : (issue.versionIds ?? []);
    if (!value.some((v) => v !== undefined && ids.includes(v))) return false;
    return !excluded.includes(TYPE_NAME[issue.type]);
  });
}

export function fakeJiraSite(options: FakeSiteOptions): Handler {
  const spField = options.storyPointsFieldId ?? 'customfield_10016';
  const pageSize = options.pageSize ?? 100;
  return (request) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const route = request.path.split('?')[0];
    if (request.method === 'POST' && route === '/rest/api/3/search/jql') {
      const jql = String(body['jql']);
      const canned = Object.entries(options.jqlAnswers ?? {}).find(([prefix]) => jql.startsWith(prefix));
      const matched = canned
        ? options.issues.filter((i) => canned[1].includes(i.id))
        : evaluate(jql, options.issues);
      if (!matched) return jsonResponse(400, { errorMessages: [`fake cannot evaluate: ${jql}`] });
      const start = Number(body['nextPageToken'] ?? 0);
      const size = Math.min(Number(body['maxResults'] ?? 50), pageSize);
      const page = matched.slice(start, start + size);
      const isLast = start + size >= matched.length;
      return jsonResponse(200, {
        issues: page.map((i) => issueJson(i, (body['fields'] as string[]) ?? [], spField)),
        isLast,
        ...(isLast ? {} : { nextPageToken: String(start + size) }),
      });
    }
    if (request.method === 'POST' && route === '/rest/api/3/search/approximate-count') {
      const jql = String(body['jql']);
      const epicCheck = /^id (?:= (\S+)|in \(([^)]*)\)) AND issuetype = "Epic"$/.exec(jql);
      if (epicCheck) {
        const ids = (epicCheck[1] ?? epicCheck[2] ?? '').split(',').map((s) => s.trim());
        return jsonResponse(200, { count: options.issues.filter((i) => ids.includes(i.id) && i.type === 'epic').length });
      }
      return jsonResponse(200, { count: jql.includes('statusCategory = Done') ? 3 : 10 });
    }
    if (request.method === 'POST' && route === '/rest/api/3/issue/bulkfetch') {
      const ids = body['issueIdsOrKeys'] as string[];
      const found = options.issues.filter((i) => ids.includes(i.id));
      return jsonResponse(200, {
        issues: found.map((i) => issueJson(i, (body['fields'] as string[]) ?? [], spField)),
        issueErrors: [],
      });
    }
    if (request.method === 'GET' && route === '/rest/api/3/field') {
      return jsonResponse(200, options.fields ?? []);
    }
    return jsonResponse(404, { errorMessages: [`fake has no route ${request.method} ${route}`] });
  };
}

export const TEAM_MANAGED_FIELD = {
  id: 'customfield_10016',
  name: 'Story point estimate',
  custom: true,
  schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points', customId: 10016 },
};

export const COMPANY_MANAGED_FIELD = {
  id: 'customfield_10026',
  name: 'Story Points',
  custom: true,
  schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: 10026 },
};
