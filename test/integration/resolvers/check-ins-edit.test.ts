import {
  RESOLVER_KEYS as K,
  type KeyResultDetailView,
  type RecordedCheckIn,
  type Written,
} from '../../../src/contract';
import { ADA, ANN, BOB, createHarness, krInput, objectiveInput, type Harness } from './support/harness';

const deploys = { type: 'metric', start: 120, target: 200, current: 120, direction: 'increase' } as const;

/** Ann's objective with a metric KR (120 → 200) championed by Bob, who checked in 151 with a blocker. */
async function seeded(h: Harness) {
  const objectiveId = (await h.data<Written>(K.createObjective, objectiveInput(), ANN.accountId)).id;
  const keyResultId = (
    await h.data<Written>(
      K.createKeyResult,
      krInput(objectiveId, { source: deploys, ownerIds: [BOB.accountId] }),
      ANN.accountId,
    )
  ).id;
  const recorded = await h.data<RecordedCheckIn>(
    K.recordCheckIn,
    { keyResultId, confidence: 6, value: 151, note: 'Canary on', blockers: 'staging is flaky' },
    BOB.accountId,
  );
  return { objectiveId, keyResultId, checkInId: recorded.id, at: recorded.at };
}

const storage = async (h: Harness, keyResultId: string) =>
  JSON.stringify({
    keyResult: await h.repos.keyResults.get(keyResultId),
    progress: await h.repos.progress.get(keyResultId),
    checkIns: (await h.repos.checkIns.listByKeyResult(keyResultId)).items,
  });

describe('okr/editCheckIn', () => {
  test('the author edits; the KR detail shows the new content, edited, with the original as it was', async () => {
    const h = createHarness();
    const { keyResultId, checkInId, at } = await seeded(h);
    const edited = await h.data<Written>(
      K.editCheckIn,
      { checkInId, keyResultId, confidence: 7, value: 160, note: 'Canary on everywhere' },
      BOB.accountId,
    );
    expect(edited).toEqual({ id: checkInId, version: 2 });
    // The latest check-in's value moves the metric: (160 − 120) / 80 = 0.5.
    expect(await h.repos.progress.get(keyResultId)).toMatchObject({ progress: 0.5 });

    const detail = await h.data<KeyResultDetailView>(K.keyResultDetail, { keyResultId }, ANN.accountId);
    expect(detail.keyResult.progress).toBe(0.5);
    expect(detail.checkIns).toEqual([
      {
        id: checkInId,
        at,
        author: { accountId: BOB.accountId, displayName: BOB.displayName },
        confidence: 7,
        value: 160,
        note: 'Canary on everywhere',
        editedAt: expect.any(String),
        revisions: [
          {
            at: expect.any(String),
            editor: { accountId: BOB.accountId, displayName: BOB.displayName },
            confidence: 6,
            value: 151,
            note: 'Canary on',
            blockers: 'staging is flaky',
          },
        ],
      },
    ]);
    expect(detail.checkIns[0]?.editedAt).toBe(detail.checkIns[0]?.revisions?.[0]?.at);
    expect(detail.checkIns[0]?.editedAt?.localeCompare(at)).toBe(1);
  });

  test('a Jira admin may edit anyone’s check-in; the objective owner, not its author, may not', async () => {
    const h = createHarness();
    const { keyResultId, checkInId } = await seeded(h);
    const before = await storage(h, keyResultId);
    const refused = await h.call(K.editCheckIn, { checkInId, keyResultId, confidence: 1, note: 'x' }, ANN.accountId);
    expect(refused).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } });
    expect(await storage(h, keyResultId)).toBe(before);
    await h.data(K.editCheckIn, { checkInId, keyResultId, confidence: 1, note: 'moderated' }, ADA.accountId);
    const stored = await h.repos.checkIns.get(checkInId);
    expect(stored?.note).toBe('moderated');
    expect(stored?.revisions?.[0]).toMatchObject({ editorId: ADA.accountId, note: 'Canary on' });
  });

  const refusals: [string, Record<string, unknown>, string][] = [
    ['a confidence of 11', { confidence: 11 }, 'confidence'],
    ['a note of 2001 characters', { note: 'x'.repeat(2001) }, 'note'],
    ['blockers of 2001 characters', { blockers: 'x'.repeat(2001) }, 'blockers'],
    ['a value that is text', { value: '160' }, 'value'],
    ['no check-in id', { checkInId: undefined }, 'checkInId'],
  ];

  test.each(refusals)('%s is VALIDATION naming the field, and nothing changes', async (_name, payload, path) => {
    const h = createHarness();
    const { keyResultId, checkInId } = await seeded(h);
    const before = await storage(h, keyResultId);
    const answer = await h.call(
      K.editCheckIn,
      { checkInId, keyResultId, confidence: 'high', note: 'n', ...payload },
      BOB.accountId,
    );
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: expect.arrayContaining([expect.objectContaining({ path })]) },
    });
    expect(await storage(h, keyResultId)).toBe(before);
  });

  test('a closed objective is PERIOD_CLOSED, and nothing changes', async () => {
    const h = createHarness();
    const { objectiveId, keyResultId, checkInId } = await seeded(h);
    await h.data(K.closeObjective, { objectiveId, version: 1 }, ANN.accountId);
    const before = await storage(h, keyResultId);
    const answer = await h.call(
      K.editCheckIn,
      { checkInId, keyResultId, confidence: 'high', value: 199, note: 'rewrite' },
      BOB.accountId,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'PERIOD_CLOSED' } });
    expect(await storage(h, keyResultId)).toBe(before);
  });
});
