/**
 * Composition of the simulator: state, mutations, events, realism, meter and the two faces (in-process
 * `JiraFetch` per identity, and HTTP). Seeding calls are synchronous, unmetered and bypass realism.
 */
import { STORY_POINT_ESTIMATE_FIELD, STORY_POINTS_FIELD } from './catalog/fields';
import { EventBus } from './events';
import { dispatch, type DispatchDeps } from './http/dispatch';
import { listenHttp } from './http/server';
import { createMeter } from './meter';
import { createPrng } from './prng';
import { RealismEngine } from './realism';
import { Mutations, type MutationOptions } from './state/mutations';
import { Store, type IssueRecord } from './state/store';
import { Timeline } from './state/timeline';
import { fetchAs } from './transport';
import type { ChangeOptions, Issue, JiraSimulator, SimulatorOptions } from './types';
import { toPublicIssue } from './public-issue';

export function createJiraSimulator(options: SimulatorOptions = {}): JiraSimulator {
  const clock = options.clock ?? { now: () => new Date() };
  const now = () => clock.now();
  const site = { url: (options.siteUrl ?? 'https://okr-sandbox.atlassian.net').replace(/\/$/, '') };
  const store = new Store();
  const timeline = new Timeline();
  const events = new EventBus();
  const mutations = new Mutations(store, timeline, events, site, now);
  const realism = new RealismEngine(createPrng(options.seed ?? 1), now);
  if (options.realism) realism.set(options.realism);
  const meter = createMeter();
  const deps: DispatchDeps = { store, mutations, timeline, site, realism, meter, now };

  const mustFind = (keyOrId: string): IssueRecord => {
    const rec = store.issue(keyOrId);
    if (!rec) throw new Error(`Jira simulator: no issue ${keyOrId}`);
    return rec;
  };
  const mutationOpts = (o?: ChangeOptions): MutationOptions => {
    const out: MutationOptions = {};
    if (o?.actor !== undefined) out.actorId = o.actor;
    if (o?.at !== undefined) out.at = o.at;
    if (o?.silent !== undefined) out.silent = o.silent;
    return out;
  };
  const view = (rec: IssueRecord): Issue => toPublicIssue(store, rec);
  const handle: JiraSimulator['handle'] = (req) => dispatch(deps, req, false);

  return {
    handle,
    asApp: () => fetchAs(handle, { kind: 'app' }),
    asUser: (accountId) => fetchAs(handle, { kind: 'user', accountId }),
    listen: (port, host) => listenHttp(store, (req, apiToken) => dispatch(deps, req, apiToken), port, host),
    meter,
    setRealism: (r) => realism.set(r),
    get realism() {
      return realism.realism;
    },
    onEvent: (listener) => events.on(listener),
    addUser: (u) => {
      store.addUser(u);
    },
    addProject: (p) => ({ ...store.addProject(p) }),
    addVersion: (projectKeyOrId, v) => {
      const project = store.project(projectKeyOrId);
      if (!project) throw new Error(`Jira simulator: no project ${projectKeyOrId}`);
      return { ...store.addVersion(project.id, v) };
    },
    releaseVersion: (versionId, releaseDate) => {
      const version = store.versions.get(versionId);
      if (!version) throw new Error(`Jira simulator: no version ${versionId}`);
      version.released = true;
      if (releaseDate !== undefined) version.releaseDate = releaseDate;
      return { ...version };
    },
    addIssue: (seed, opts) => view(mutations.createIssue(seed, opts?.silent ? { silent: true } : {})),
    transition: (keyOrId, status, o) => mutations.transition(mustFind(keyOrId), status, mutationOpts(o)),
    setParent: (keyOrId, parent, o) => {
      const p = parent === null ? null : mustFind(parent);
      mutations.setParent(mustFind(keyOrId), p, mutationOpts(o));
    },
    updateFields: (keyOrId, fields, o) => mutations.updateFields(mustFind(keyOrId), fields, mutationOpts(o)),
    deleteIssue: (keyOrId, o) => mutations.deleteIssue(mustFind(keyOrId), mutationOpts(o)),
    issue: (keyOrId) => {
      const rec = store.issue(keyOrId);
      return rec ? view(rec) : undefined;
    },
    issues: () => [...store.issues.values()].sort((a, b) => Number(a.id) - Number(b.id)).map(view),
    project: (keyOrId) => {
      const p = store.project(keyOrId);
      return p ? { ...p } : undefined;
    },
    storyPointsFieldIds: { teamManaged: STORY_POINT_ESTIMATE_FIELD, companyManaged: STORY_POINTS_FIELD },
  };
}
