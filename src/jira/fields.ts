/**
 * Which custom field holds story points. Ids differ per site, so they are discovered from GET /rest/api/3/field:
 * team-managed projects use "Story point estimate" (`com.pyxis.greenhopper.jira:jsw-story-points`), company-managed
 * ones a numeric custom field named "Story Points". A site may have both (mixed projects); both are read, in that
 * order. An explicit admin setting wins and costs no call.
 */
import type { FieldDetails } from 'jira.js/cloud';
import type { JiraApi } from './api';

export const TEAM_MANAGED_STORY_POINTS = 'com.pyxis.greenhopper.jira:jsw-story-points';

export function storyPointFieldIds(fields: readonly FieldDetails[]): string[] {
  const teamManaged = fields.filter((f) => f.schema?.custom === TEAM_MANAGED_STORY_POINTS);
  const companyManaged = fields.filter(
    (f) =>
      f.custom === true &&
      f.schema?.type === 'number' &&
      f.schema.custom !== TEAM_MANAGED_STORY_POINTS &&
      (f.name ?? '').trim().toLowerCase() === 'story points',
  );
  return [...teamManaged, ...companyManaged].flatMap((f) => (f.id ? [f.id] : []));
}

export interface FieldDiscovery {
  storyPointFields(explicitFieldId?: string): Promise<string[]>;
}

/** Cached per client instance: the field list changes rarely, and a run may ask many times. */
const cache = new WeakMap<object, FieldDiscovery>();

export function fieldDiscoveryFor(api: Pick<JiraApi, 'getFields'>): FieldDiscovery {
  let discovery = cache.get(api);
  if (!discovery) {
    discovery = createFieldDiscovery(api);
    cache.set(api, discovery);
  }
  return discovery;
}

export function createFieldDiscovery(api: Pick<JiraApi, 'getFields'>): FieldDiscovery {
  let pending: Promise<string[]> | undefined;
  return {
    storyPointFields(explicitFieldId) {
      if (explicitFieldId) return Promise.resolve([explicitFieldId]);
      pending ??= api.getFields().then(storyPointFieldIds, (error: unknown) => {
        pending = undefined; // a failed discovery must be retried next time, not cached
        throw error;
      });
      return pending;
    },
  };
}
