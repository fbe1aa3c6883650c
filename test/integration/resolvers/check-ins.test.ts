import {
  RESOLVER_KEYS as K,
  type CheckInDraft,
  type KeyResultDetailView,
  type RecordedCheckIn,
  type Written,
} from '../../../src/contract';
import { ADA, ANN, BOB, createHarness, krInput, objectiveInput, type Harness } from './support/harness';

const deploys = { type: 'metric', start: 120, target: 200, current: 120, direction: 'increase' } as const;
const jiraSource = (h: Harness) => ({
  type: 'jira',
  measure: 'count',
  targets: [{ kind: 'epic', issueId: h.id('TEAM-1') }],
  includeSubtasks: false,
});

/** Ann's objective with a metric KR (120 → 200) championed by Bob, and a Jira KR. */
async function seeded(h: Harness) {
  const objectiveId = (await h.data<Written>(K.createObjective, objectiveInput(), ANN.accountId)).id;
  const metric = await h.data<Written>(
    K.createKeyResult,
    krInput(objectiveId, { source: deploys, ownerIds: [BOB.accountId] }),
    ANN.accountId,
  );
  const jira = await h.data<Written>(K.createKeyResult, krInput(objectiveId, { source: jiraSource(h) }), ANN.accountId);
  return { objectiveId, metricId: metric.id, jiraId: jira.id };
}

/** Everything a check-in could write, as one comparable value. */
async function storageDump(h: Harness, keyResultIds: string[]) {
  const rows = await Promise.all(
    keyResultIds.map(async (id) => ({
      keyResult: await h.repos.keyResults.get(id),
      progress: await h.repos.progress.get(id),
      checkIns: (await h.repos.checkIns.listByKeyResult(id)).items,
    })),
  );
  return JSON.stringify(rows);
}

describe('okr/recordCheckIn', () => {
  test('a champion checks in 151 on 120 → 200: progress 31 / 80 = 0.3875, shown in the KR detail with its author', async () => {
    const h = createHarness();
    const { metricId } = await seeded(h);
    const recorded = await h.data<RecordedCheckIn>(
      K.recordCheckIn,
      { keyResultId: metricId, confidence: 6, value: 151, note: 'Canary deploys on', blockers: '' },
      BOB.accountId,
    );
    expect(recorded).toMatchObject({ keyResultId: metricId, progress: 0.3875 });
    expect((await h.repos.keyResults.get(metricId))?.source).toMatchObject({ current: 151 });
    expect(await h.repos.progress.get(metricId)).toMatchObject({ progress: 0.3875, stale: false });

    const detail = await h.data<KeyResultDetailView>(K.keyResultDetail, { keyResultId: metricId }, ANN.accountId);
    expect(detail.checkIns).toEqual([
      expect.objectContaining({
        at: recorded.at,
        author: expect.objectContaining({ accountId: BOB.accountId }),
        confidence: 6,
        value: 151,
        note: 'Canary deploys on',
      }),
    ]);
  });

  test('the objective owner and a Jira admin check in too; each entry keeps its author', async () => {
    const h = createHarness();
    const { jiraId } = await seeded(h);
    await h.data(K.recordCheckIn, { keyResultId: jiraId, confidence: 'high', note: 'on track' }, ANN.accountId);
    await h.data(K.recordCheckIn, { keyResultId: jiraId, confidence: 'low', note: 'watching' }, ADA.accountId);
    const stored = (await h.repos.checkIns.listByKeyResult(jiraId)).items;
    expect(stored.map((c) => [c.authorId, c.confidence])).toEqual([
      [ANN.accountId, 'high'],
      [ADA.accountId, 'low'],
    ]);
  });

  test('FORBIDDEN to someone who owns neither the KR nor its objective and is no admin; nothing stored', async () => {
    const h = createHarness();
    const { jiraId, metricId } = await seeded(h);
    const before = await storageDump(h, [jiraId, metricId]);
    const answer = await h.call(K.recordCheckIn, { keyResultId: jiraId, confidence: 'high', note: '' }, BOB.accountId);
    expect(answer).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } });
    expect(await storageDump(h, [jiraId, metricId])).toBe(before);
  });

  const refusals: [string, (ids: { metricId: string; jiraId: string }) => Record<string, unknown>, string][] = [
    ['a confidence of 11', ({ metricId }) => ({ keyResultId: metricId, confidence: 11 }), 'confidence'],
    ['a confidence of 7.5', ({ metricId }) => ({ keyResultId: metricId, confidence: 7.5 }), 'confidence'],
    ['a confidence word not offered', ({ metricId }) => ({ keyResultId: metricId, confidence: 'meh' }), 'confidence'],
    ['a note of 2001 characters', ({ metricId }) => ({ keyResultId: metricId, note: 'x'.repeat(2001) }), 'note'],
    ['a value that is text', ({ metricId }) => ({ keyResultId: metricId, value: '151' }), 'value'],
    ['a value on a Jira KR', ({ jiraId }) => ({ keyResultId: jiraId, value: 3 }), 'value'],
  ];

  test.each(refusals)('%s is VALIDATION naming the field, and nothing is stored', async (_name, payload, path) => {
    const h = createHarness();
    const ids = await seeded(h);
    const before = await storageDump(h, [ids.metricId, ids.jiraId]);
    const answer = await h.call(
      K.recordCheckIn,
      { confidence: 'medium', value: 151, note: 'n', ...payload(ids) },
      ANN.accountId,
    );
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: expect.arrayContaining([expect.objectContaining({ path })]) },
    });
    expect(await storageDump(h, [ids.metricId, ids.jiraId])).toBe(before);
  });

  test('a closed objective is PERIOD_CLOSED, and nothing is stored', async () => {
    const h = createHarness();
    const { objectiveId, metricId, jiraId } = await seeded(h);
    await h.data(K.closeObjective, { objectiveId, version: 1 }, ANN.accountId);
    const before = await storageDump(h, [metricId, jiraId]);
    const answer = await h.call(
      K.recordCheckIn,
      { keyResultId: metricId, confidence: 'high', value: 151, note: 'too late' },
      BOB.accountId,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'PERIOD_CLOSED' } });
    expect(await storageDump(h, [metricId, jiraId])).toBe(before);
  });
});

describe('okr/checkInDraft', () => {
  test('drafts a note for whoever may check in, with no Jira call; FORBIDDEN to others', async () => {
    const h = createHarness();
    const { metricId } = await seeded(h);
    const first = await h.data<CheckInDraft>(K.checkInDraft, { keyResultId: metricId }, BOB.accountId);
    expect(first).toEqual({ keyResultId: metricId, note: expect.stringContaining('First check-in') });
    await h.data(K.recordCheckIn, { keyResultId: metricId, confidence: 'high', value: 151, note: '' }, BOB.accountId);
    const calls = h.sim.meter.calls;
    const next = await h.data<CheckInDraft>(K.checkInDraft, { keyResultId: metricId }, BOB.accountId);
    expect(next.lastCheckInAt).toBeDefined();
    expect(h.sim.meter.calls).toBe(calls);
    const jiraId = (await seeded(h)).jiraId;
    expect(await h.call(K.checkInDraft, { keyResultId: jiraId }, BOB.accountId)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('an overdue check-in', () => {
  test('marks the KR stale in its views from the 15th day (cadence 14), with the reason, until the next check-in', async () => {
    const h = createHarness();
    const { metricId } = await seeded(h);
    await h.data(K.recordCheckIn, { keyResultId: metricId, confidence: 'high', value: 151, note: '' }, BOB.accountId);
    const day = 24 * 60 * 60 * 1000;
    const summary = async () =>
      (await h.data<KeyResultDetailView>(K.keyResultDetail, { keyResultId: metricId }, ANN.accountId)).keyResult;

    h.clock.advance(14 * day - 10_000); // 2026-11-30: the 14th day, still due
    expect(await summary()).toMatchObject({ stale: false });
    h.clock.advance(day); // 2026-12-01
    expect(await summary()).toMatchObject({
      stale: true,
      staleReason: 'Check-in overdue: the last one was on 2026-11-16, and check-ins are due every 14 days.',
      lastCheckIn: { confidence: 'high', overdue: true },
    });
    await h.data(K.recordCheckIn, { keyResultId: metricId, confidence: 'high', note: 'back on it' }, BOB.accountId);
    expect(await summary()).toMatchObject({ stale: false });
    expect((await summary()).lastCheckIn?.overdue).toBeUndefined();
  });
});
