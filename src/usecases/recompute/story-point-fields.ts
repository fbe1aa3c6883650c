import { fieldDiscoveryFor, type FieldDiscovery } from '../../jira';
import type { Services } from '../../services';

/** The field list changes rarely; the daily job re-reads it once a day at most. */
const FIELDS_MAX_AGE_MS = 24 * 3600 * 1000;

/**
 * Story-points field discovery that survives cold starts: the admin setting wins; otherwise the ids discovered from
 * GET /rest/api/3/field are kept in kvs for a day, so an issue event never pays for the field list.
 */
export function persistedFieldDiscovery(services: Pick<Services, 'repos' | 'clock' | 'jiraAsApp'>): FieldDiscovery {
  return {
    async storyPointFields(explicitFieldId) {
      if (explicitFieldId) return [explicitFieldId];
      const meta = await services.repos.jiraMeta.get();
      const now = services.clock.now();
      const at = meta.storyPointFieldsAt === undefined ? Number.NaN : Date.parse(meta.storyPointFieldsAt);
      if (meta.storyPointFieldIds && now.getTime() - at < FIELDS_MAX_AGE_MS) return meta.storyPointFieldIds;
      const ids = await fieldDiscoveryFor(services.jiraAsApp().api).storyPointFields();
      // Re-read: the trigger may have learned statuses meanwhile, and they must not be lost.
      const latest = await services.repos.jiraMeta.get();
      await services.repos.jiraMeta.save({ ...latest, storyPointFieldIds: ids, storyPointFieldsAt: now.toISOString() });
      return ids;
    },
  };
}

/** The story-points fields to read, from settings or the persisted discovery (which may call Jira once a day). */
export async function storyPointFieldIds(services: Pick<Services, 'repos' | 'clock' | 'jiraAsApp'>): Promise<string[]> {
  const settings = await services.repos.settings.get();
  return persistedFieldDiscovery(services).storyPointFields(settings.storyPointsFieldId);
}
