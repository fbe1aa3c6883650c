import { RESOLVER_KEYS as K, type AboutData, type Written } from '../../../src/contract';
import { ADA, ANN, BOB, createHarness, krInput, objectiveInput, type Harness } from './support/harness';

/** Everything stored, as one comparable value: "nothing changed" means this is the same before and after. */
async function storageDump(h: Harness) {
  const objectives = (await h.repos.objectives.listByPeriod('2026-Q4')).items;
  const keyResults = (await h.repos.keyResults.listByPeriod('2026-Q4')).items;
  const links = (await Promise.all(keyResults.map((kr) => h.repos.links.listByKeyResult(kr.id)))).map((p) => p.items);
  return JSON.stringify({ objectives, keyResults, links, settings: await h.kvs.get('settings') });
}

async function seeded(h: Harness) {
  const objectiveId = (await h.data<Written>(K.createObjective, objectiveInput(), ANN.accountId)).id;
  const source = {
    type: 'jira',
    measure: 'count',
    targets: [{ kind: 'epic', issueId: h.id('TEAM-1') }],
    includeSubtasks: false,
  };
  const keyResultId = (await h.data<Written>(K.createKeyResult, krInput(objectiveId, { source }), ANN.accountId)).id;
  return { objectiveId, keyResultId };
}

describe('every resolver key', () => {
  test('okr/about lists every key', async () => {
    const h = createHarness();
    const about = await h.data<AboutData>(K.about, {}, BOB.accountId);
    expect([...about.available].sort()).toEqual(Object.values(K).sort());
  });

  const malformed: [string, (ids: { objectiveId: string; keyResultId: string }) => unknown, string][] = [
    [K.getSettings, () => ({ refresh: true }), 'refresh'],
    [K.updateSettings, () => ({ fiscalYearStartMonth: 'April' }), 'fiscalYearStartMonth'],
    [K.listPeriods, () => ({ year: 2026 }), 'year'],
    [K.createObjective, () => objectiveInput({ level: 'universe' }), 'level'],
    [K.updateObjective, ({ objectiveId }) => ({ objectiveId, version: 1, title: '' }), 'title'],
    [K.alignObjective, ({ objectiveId }) => ({ objectiveId, version: 1 }), 'parent'],
    [K.closeObjective, ({ objectiveId }) => ({ objectiveId, version: 0 }), 'version'],
    [K.abandonObjective, ({ objectiveId }) => ({ objectiveId, version: '1' }), 'version'],
    [K.createKeyResult, ({ objectiveId }) => krInput(objectiveId, { weight: 'heavy' }), 'weight'],
    [K.updateKeyResult, ({ keyResultId }) => ({ keyResultId, version: 1, ownerIds: [] }), 'ownerIds'],
    [K.deleteKeyResult, ({ keyResultId }) => ({ keyResultId }), 'version'],
    [K.previewTarget, () => ({ target: { kind: 'epic', issueId: 'TEAM-1' } }), 'target.issueId'],
    [K.linkTarget, ({ keyResultId }) => ({ keyResultId, target: { kind: 'jql', jql: '' } }), 'target.jql'],
    [
      K.unlinkTarget,
      ({ keyResultId }) => ({ keyResultId, target: { kind: 'version', versionId: '1.0' } }),
      'target.versionId',
    ],
    [K.issuePanel, () => ({ issueId: 'TEAM-2' }), 'issueId'],
    [K.issueContext, () => ({}), 'issueId'],
    [K.portfolio, () => ({ status: 'late' }), 'status'],
    [K.keyResultDetail, () => ({ keyResultId: '<script>' }), 'keyResultId'],
    [K.projectPage, () => ({ projectId: 'TEAM' }), 'projectId'],
    [K.gadget, () => ({ view: 'summary', level: 'galaxy' }), 'level'],
    [K.recordCheckIn, ({ keyResultId }) => ({ keyResultId, confidence: 11, note: '' }), 'confidence'],
  ];

  test.each(malformed)(
    '%s refuses a malformed payload naming the field, and changes nothing',
    async (key, payload, path) => {
      const h = createHarness();
      const ids = await seeded(h);
      const before = await storageDump(h);
      // Settings are for admins: anyone else is FORBIDDEN before the payload is even read.
      const answer = await h.call(key, payload(ids), key === K.updateSettings ? ADA.accountId : ANN.accountId);
      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: expect.arrayContaining([expect.objectContaining({ path })]) },
      });
      expect(await storageDump(h)).toBe(before);
    },
  );

  const writes: [string, (ids: { objectiveId: string; keyResultId: string }, h: Harness) => unknown][] = [
    [
      K.updateSettings,
      () => ({
        fiscalYearStartMonth: 1,
        timeZone: 'UTC',
        statusThresholds: { atRisk: -0.1, offTrack: -0.25 },
        checkInCadenceDays: 7,
        aspirationalNorm: 0.7,
      }),
    ],
    [K.updateObjective, ({ objectiveId }) => ({ objectiveId, version: 1, title: 'Mine' })],
    [K.alignObjective, ({ objectiveId }) => ({ objectiveId, version: 1, parent: null })],
    [K.closeObjective, ({ objectiveId }) => ({ objectiveId, version: 1 })],
    [K.abandonObjective, ({ objectiveId }) => ({ objectiveId, version: 1 })],
    [K.createKeyResult, ({ objectiveId }) => krInput(objectiveId, { ownerIds: [BOB.accountId] })],
    [K.updateKeyResult, ({ keyResultId }) => ({ keyResultId, version: 1, weight: 9 })],
    [K.deleteKeyResult, ({ keyResultId }) => ({ keyResultId, version: 1 })],
    [K.linkTarget, ({ keyResultId }, h) => ({ keyResultId, target: { kind: 'epic', issueId: h.id('TEAM-4') } })],
    [K.unlinkTarget, ({ keyResultId }, h) => ({ keyResultId, target: { kind: 'epic', issueId: h.id('TEAM-1') } })],
    [K.recordCheckIn, ({ keyResultId }) => ({ keyResultId, confidence: 'high', note: 'mine' })],
  ];

  test.each(writes)(
    '%s is FORBIDDEN to a non-owner who is no Jira admin, and changes nothing',
    async (key, payload) => {
      const h = createHarness();
      const ids = await seeded(h);
      const before = await storageDump(h);
      const answer = await h.call(key, payload(ids, h), BOB.accountId);
      expect(answer).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } });
      expect(await storageDump(h)).toBe(before);
    },
  );
});
