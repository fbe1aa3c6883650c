import { createJiraApi } from '../../src/jira/api';
import { createFieldDiscovery, fieldDiscoveryFor, storyPointFieldIds } from '../../src/jira/fields';
import { createSdkClient } from '../../src/jira/sdk-client';
import { COMPANY_MANAGED_FIELD, jsonResponse, recordingFetch, sequence, TEAM_MANAGED_FIELD, type Handler } from './fakes';

const SUMMARY = { id: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' } };
const NOT_POINTS = { id: 'customfield_10090', name: 'Story Points', custom: true, schema: { type: 'string', custom: 'x:text' } };

function api(handler: Handler) {
  const transport = recordingFetch(handler);
  return { transport, api: createJiraApi(createSdkClient(transport, { onSchemaMismatch: 'throw' })) };
}

describe('story points field discovery', () => {
  it('finds the team-managed "Story point estimate" by its schema', () => {
    expect(storyPointFieldIds([SUMMARY, TEAM_MANAGED_FIELD])).toEqual(['customfield_10016']);
  });

  it('finds the company-managed numeric "Story Points" by name, ignoring a text field of that name', () => {
    expect(storyPointFieldIds([SUMMARY, NOT_POINTS, COMPANY_MANAGED_FIELD])).toEqual(['customfield_10026']);
  });

  it('returns both on a mixed site, team-managed first', () => {
    expect(storyPointFieldIds([COMPANY_MANAGED_FIELD, TEAM_MANAGED_FIELD])).toEqual(['customfield_10016', 'customfield_10026']);
  });

  it('asks Jira once per client and caches the answer', async () => {
    const { transport, api: jira } = api(() => jsonResponse(200, [SUMMARY, TEAM_MANAGED_FIELD]));
    expect(await fieldDiscoveryFor(jira).storyPointFields()).toEqual(['customfield_10016']);
    expect(await fieldDiscoveryFor(jira).storyPointFields()).toEqual(['customfield_10016']);
    expect(transport.requests.map((r) => r.path)).toEqual(['/rest/api/3/field']);
  });

  it('lets an explicit setting win without a call', async () => {
    const { transport, api: jira } = api(() => jsonResponse(200, [TEAM_MANAGED_FIELD]));
    expect(await createFieldDiscovery(jira).storyPointFields('customfield_12345')).toEqual(['customfield_12345']);
    expect(transport.requests).toHaveLength(0);
  });

  it('does not cache a failure', async () => {
    const { transport, api: jira } = api(sequence(jsonResponse(500), jsonResponse(200, [COMPANY_MANAGED_FIELD])));
    const discovery = createFieldDiscovery(jira);
    await expect(discovery.storyPointFields()).rejects.toThrow();
    expect(await discovery.storyPointFields()).toEqual(['customfield_10026']);
    expect(transport.requests).toHaveLength(2);
  });
});
