/**
 * The issue-event trigger's use case: learn what the event says about the issue, find the KRs it may move, note the
 * change for each of them and queue one coalesced recompute per KR (docs/adr/0007).
 *
 * Jira calls: none for an issue the app already knows; one bulkfetch (2 points) the first time it sees an issue,
 * because the thin payload has no parent, versions or story points. Rare extras, each once per site or per issue:
 * the story-points field list (kept for a day), one search for a status id no payload has shown yet, and for a
 * sub-task first seen whose parent is unknown too, a second bulkfetch for the parent's epic.
 */
import type { KeyResult } from '../../domain';
import { isJiraUnavailable } from '../../jira';
import type { Services } from '../../services';
import type { IssueHistory, JiraMeta, KrTouch } from '../../store';
import { FULL_REFRESH_WINDOW_SECONDS, requestRecompute } from '../recompute/recompute-job';
import { incrementalScopeOf } from '../recompute/incremental-scope';
import { storyPointFieldIds } from '../recompute/story-point-fields';
import { keyResultIdsWithJql, keyResultsLinkedTo } from './affected-key-results';
import { IssueEvent } from './issue-event';
import {
  currentState,
  emptyHistory,
  mergeHistory,
  sameHistory,
  targetKeysOf,
  type IssueObservation,
} from './issue-history';
import { mentionsCustomField, normalizeEvent, type NormalizedEvent } from './normalize-event';
import { readIssues } from './read-issues';
import { lookUpStatusCategories } from './status-lookup';
import { keyResultsAnUnreadIssueMayFeed, refreshBlindly } from './unread-issue';

export type IssueEventServices = Pick<Services, 'repos' | 'clock' | 'jiraAsApp' | 'recomputeQueue'>;

export interface IssueEventOutcome {
  status: 'ignored' | 'recorded' | 'queued';
  issueId?: string;
  /** Why nothing was done, for an ignored event. */
  reason?: string;
  /** KRs updated from the event (incrementally, or from Jira when they cannot be). */
  keyResultIds: string[];
  /** Of those, the ones whose baseline the event invalidated: refreshed from Jira. */
  invalidated: string[];
}

const SAVE_ATTEMPTS = 5;
const JQL_SWEEP = 'jql-scopes';

export async function handleIssueEvent(services: IssueEventServices, raw: unknown): Promise<IssueEventOutcome> {
  const parsed = IssueEvent.safeParse(raw);
  if (!parsed.success) {
    return {
      status: 'ignored',
      reason: `Not an issue event: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      keyResultIds: [],
      invalidated: [],
    };
  }
  const event = parsed.data;
  const issueId = event.issue.id;
  const now = services.clock.now();
  const { repos } = services;

  const read = await repos.jiraMeta.get();
  let meta = read;
  const pointFields = mentionsCustomField(event) ? await storyPointFieldIds(services) : [];
  let normalized = normalizeEvent(event, meta, pointFields, now);
  const learned = { ...normalized.learned };
  if (normalized.unresolvedStatusIds.length > 0) {
    Object.assign(
      learned.statusCategories,
      await lookUpStatusCategories(services.jiraAsApp(), normalized.unresolvedStatusIds),
    );
    meta = withLearned(meta, learned);
    normalized = normalizeEvent(event, meta, pointFields, now);
  }
  await saveLearned(services, read, learned);
  if (!normalized.relevant) {
    return {
      status: 'ignored',
      issueId,
      reason: 'The change cannot move any key result.',
      keyResultIds: [],
      invalidated: [],
    };
  }

  const stored = (await repos.issueHistory.get(issueId)) ?? emptyHistory(issueId);
  const { observation, unread } = await withFullRead(
    services,
    normalized,
    mergeHistory(stored, normalized.observation, now),
    meta,
  );
  const history = await saveMerged(services, stored, observation, now);

  const affected = await keyResultsLinkedTo(services, targetKeysOf(history, meta));
  const reached = new Set(affected.map(({ keyResult }) => keyResult.id));
  const blind = unread
    ? (await keyResultsAnUnreadIssueMayFeed(services, history.payload?.projectId, meta)).filter(
        (kr) => !reached.has(kr.id),
      )
    : [];
  const blindIds = await refreshBlindly(services, blind);
  const incremental: string[] = [];
  const fromJira: string[] = [];
  const invalidated: string[] = [];
  const touches: KrTouch[] = [];
  for (const { keyResult } of affected) {
    if (!incrementalScopeOf(keyResult)) {
      fromJira.push(keyResult.id);
      continue;
    }
    incremental.push(keyResult.id);
    touches.push({ keyResultId: keyResult.id, issueId, rank: normalized.rank, at: normalized.at });
    if (invalidates(normalized, keyResult, issueId)) {
      await repos.baselines.delete(keyResult.id);
      invalidated.push(keyResult.id);
    }
  }
  await repos.touches.addMany(touches);
  await requestRecompute(services, incremental, 'issue-event');
  await requestRecompute(services, fromJira, 'issue-event', { delayInSeconds: FULL_REFRESH_WINDOW_SECONDS });
  const jql = await sweepJqlScopes(services, now);
  const keyResultIds = [...incremental, ...fromJira, ...blindIds, ...jql];
  return { status: keyResultIds.length > 0 ? 'queued' : 'recorded', issueId, keyResultIds, invalidated };
}

/**
 * The first time the app meets an issue it reads it once (the payload has no parent, versions or points). A sub-task
 * reaches an epic through its parent, so the parent's parent is looked up too: from its history, else read.
 * `unread` says Jira refused that read, so the issue's epic and versions are unknown (unread-issue.ts).
 */
async function withFullRead(
  services: IssueEventServices,
  normalized: NormalizedEvent,
  merged: IssueHistory,
  meta: JiraMeta,
): Promise<{ observation: IssueObservation; unread: boolean }> {
  const observation = normalized.observation;
  const asIs = { observation, unread: false };
  if (merged.observed !== undefined || merged.deletedAt !== undefined) return asIs;
  try {
    const fields = await storyPointFieldIds(services);
    const client = services.jiraAsApp();
    const found = (await readIssues(client, [observation.issueId], fields)).get(observation.issueId);
    if (!found) return asIs;
    const state = { ...found.state };
    if (state.level < 0 && state.parentId !== null) {
      const parent = await services.repos.issueHistory.get(state.parentId);
      const known = parent ? currentState(parent, meta) : undefined;
      if (known?.exists && known.parentId !== undefined) state.grandparentId = known.parentId;
      else
        state.grandparentId =
          (await readIssues(client, [state.parentId], fields)).get(state.parentId)?.state.parentId ?? null;
    }
    return {
      observation: {
        ...observation,
        observed: { rank: normalized.rank, state },
        ...(found.createdAt && !observation.createdAt ? { createdAt: found.createdAt } : {}),
      },
      unread: false,
    };
  } catch (error) {
    // Without the read the issue's epic stays unknown: KRs it reaches through its project still learn of it, and the
    // epic and version KRs it may feed are marked stale and refreshed from Jira (unread-issue.ts). The next event on
    // the issue tries the read again.
    if (isJiraUnavailable(error)) return { observation, unread: true };
    throw error;
  }
}

/** Merges into the latest stored history, again if another trigger wrote meanwhile; skips a write that adds nothing. */
async function saveMerged(
  services: IssueEventServices,
  first: IssueHistory,
  observation: IssueObservation,
  now: Date,
): Promise<IssueHistory> {
  let stored = first;
  for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt += 1) {
    const merged = mergeHistory(stored, observation, now);
    if (stored.version > 0 && sameHistory(merged, stored)) return stored;
    const saved = await services.repos.issueHistory.save(merged);
    if (saved.ok) return saved.value;
    stored = (await services.repos.issueHistory.get(observation.issueId)) ?? emptyHistory(observation.issueId);
  }
  throw new Error(
    `Issue ${observation.issueId}: its history kept changing under ${SAVE_ATTEMPTS} attempts to record an event.`,
  );
}

/**
 * Changes whose effect reaches beyond this issue's own row: a story moved or deleted takes its sub-tasks along
 * (Jira sends no events for them), and an epic deleted or re-typed changes what its KRs target. Those KRs' baselines
 * no longer hold, so they are measured from Jira again.
 */
function invalidates(normalized: NormalizedEvent, kr: KeyResult, issueId: string): boolean {
  const structural =
    normalized.kind === 'deleted' ||
    normalized.observation.changes.some((c) => c.field === 'parent' || c.field === 'project' || c.field === 'level');
  if (!structural || kr.source.type !== 'jira') return false;
  const targetsThisEpic = kr.source.targets.some((t) => t.kind === 'epic' && t.issueId === issueId);
  return kr.source.includeSubtasks || targetsThisEpic;
}

/** At most one refresh of every JQL-scoped KR per window, whatever the number of events meanwhile. */
async function sweepJqlScopes(services: IssueEventServices, now: Date): Promise<string[]> {
  const markers = services.repos.recomputeMarkers;
  if (await markers.get(JQL_SWEEP, 'event')) return [];
  const dueAt = new Date(now.getTime() + FULL_REFRESH_WINDOW_SECONDS * 1000).toISOString();
  const claimed = await markers.acquire(
    { keyResultId: JQL_SWEEP, lane: 'event', dueAt, reason: 'issue-event' },
    FULL_REFRESH_WINDOW_SECONDS,
  );
  if (!claimed) return [];
  const ids = await keyResultIdsWithJql(services);
  await requestRecompute(services, ids, 'issue-event', { delayInSeconds: FULL_REFRESH_WINDOW_SECONDS });
  return ids;
}

type Learned = Pick<JiraMeta, 'statusCategories' | 'issueTypeLevels'>;

function withLearned(meta: JiraMeta, learned: Learned): JiraMeta {
  return {
    ...meta,
    statusCategories: { ...meta.statusCategories, ...learned.statusCategories },
    issueTypeLevels: { ...meta.issueTypeLevels, ...learned.issueTypeLevels },
  };
}

/** Writes only what is new, over the latest record (another trigger may have learned something meanwhile). */
async function saveLearned(services: IssueEventServices, known: JiraMeta, learned: Learned): Promise<void> {
  const isNew = <T>(map: Record<string, T>, known: Record<string, T>) =>
    Object.entries(map).some(([k, v]) => known[k] !== v);
  if (
    !isNew(learned.statusCategories, known.statusCategories) &&
    !isNew(learned.issueTypeLevels, known.issueTypeLevels)
  )
    return;
  const latest = await services.repos.jiraMeta.get();
  await services.repos.jiraMeta.save(withLearned(latest, learned));
}
