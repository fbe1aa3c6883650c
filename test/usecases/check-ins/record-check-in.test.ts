import type { KeyResultRepository } from '../../../src/store';
import { recordCheckIn } from '../../../src/usecases/check-ins/record-check-in';
import { ADMIN, CHAMPION, callerOf, checkInFixture, NOW, OUTSIDER, OWNER } from './fixture';

const listed = async (repos: Awaited<ReturnType<typeof checkInFixture>>['repos'], id = 'kr-deploys') =>
  (await repos.checkIns.listByKeyResult(id)).items;

describe('recordCheckIn', () => {
  it('a metric check-in of 151 on 120 → 200 moves current and stores progress (151 − 120) / 80 = 0.3875', async () => {
    const f = await checkInFixture();
    const answer = await recordCheckIn(f.services, callerOf(CHAMPION), {
      keyResultId: 'kr-deploys',
      confidence: 'medium',
      value: 151,
      note: 'Two teams on trunk-based deploys now',
    });
    expect(answer).toMatchObject({ ok: true, value: { keyResultId: 'kr-deploys', at: NOW, progress: 0.3875 } });
    const keyResult = await f.repos.keyResults.get('kr-deploys');
    expect(keyResult?.source).toMatchObject({ current: 151 });
    expect(keyResult?.version).toBe(2);
    expect(await f.repos.progress.get('kr-deploys')).toMatchObject({ progress: 0.3875, asOf: NOW, stale: false });
    expect(await listed(f.repos)).toEqual([
      {
        id: answer.ok ? answer.value.id : '',
        keyResultId: 'kr-deploys',
        authorId: CHAMPION,
        at: NOW,
        value: 151,
        confidence: 'medium',
        note: 'Two teams on trunk-based deploys now',
      },
    ]);
  });

  it('each owner, champion or admin checks in as themselves; entries keep their author', async () => {
    const f = await checkInFixture();
    for (const [who, confidence] of [
      [CHAMPION, 7],
      [OWNER, 'high'],
      [ADMIN, 0],
    ] as const) {
      const answer = await recordCheckIn(f.services, callerOf(who), {
        keyResultId: 'kr-docs',
        confidence,
        note: `from ${who}`,
        blockers: who === OWNER ? 'waiting on the platform team' : '',
      });
      expect(answer.ok).toBe(true);
      f.clock.advance(60_000);
    }
    const entries = await listed(f.repos, 'kr-docs');
    expect(entries.map((c) => [c.authorId, c.confidence, c.note])).toEqual([
      [CHAMPION, 7, `from ${CHAMPION}`],
      [OWNER, 'high', `from ${OWNER}`],
      [ADMIN, 0, `from ${ADMIN}`],
    ]);
    expect(entries[1]?.blockers).toBe('waiting on the platform team');
    expect(entries[0]).not.toHaveProperty('blockers');
    expect(await f.repos.progress.get('kr-docs')).toBeUndefined();
  });

  it('a check-in without a value leaves a metric KR and its progress alone', async () => {
    const f = await checkInFixture();
    const answer = await recordCheckIn(f.services, callerOf(OWNER), {
      keyResultId: 'kr-deploys',
      confidence: 'low',
      note: 'no new numbers this week',
    });
    expect(answer).toMatchObject({ ok: true });
    expect(answer.ok && 'progress' in answer.value).toBe(false);
    expect((await f.repos.keyResults.get('kr-deploys'))?.version).toBe(1);
    expect(await f.repos.progress.get('kr-deploys')).toBeUndefined();
  });

  it('retries once when someone saved the KR meanwhile, keeping their edit', async () => {
    const f = await checkInFixture();
    const answer = await recordCheckIn({ ...f.services, repos: racing(f.repos, 1) }, callerOf(CHAMPION), {
      keyResultId: 'kr-deploys',
      confidence: 'high',
      value: 151,
      note: '',
    });
    expect(answer).toMatchObject({ ok: true, value: { progress: 0.3875 } });
    expect(await f.repos.keyResults.get('kr-deploys')).toMatchObject({
      title: expect.stringContaining('(edited)'),
      source: { current: 151 },
      version: 3,
    });
    expect(await listed(f.repos)).toHaveLength(1);
  });

  describe('refusals store nothing', () => {
    const cases = [
      ['an outsider', OUTSIDER, { value: 151 }, 'FORBIDDEN', undefined],
      ['a value on a milestones KR', CHAMPION, { keyResultId: 'kr-docs', value: 3 }, 'VALIDATION', 'value'],
      ['a KR that does not exist', OWNER, { keyResultId: 'kr-gone' }, 'NOT_FOUND', undefined],
    ] as const;
    it.each(cases)('%s', async (_name, who, overrides, code, path) => {
      const f = await checkInFixture();
      const before = f.dump();
      const answer = await recordCheckIn(f.services, callerOf(who), {
        keyResultId: 'kr-deploys',
        confidence: 'medium',
        note: 'n',
        ...overrides,
      });
      expect(answer).toMatchObject({ ok: false, error: { code } });
      if (path) expect(!answer.ok && answer.error.fields?.map((field) => field.path)).toEqual([path]);
      expect(f.dump()).toBe(before);
    });

    it.each(['closed', 'abandoned'] as const)('an objective that is %s: PERIOD_CLOSED', async (state) => {
      const f = await checkInFixture({ state });
      const before = f.dump();
      const answer = await recordCheckIn(f.services, callerOf(OWNER), {
        keyResultId: 'kr-deploys',
        confidence: 'high',
        value: 151,
        note: 'late',
      });
      expect(answer).toMatchObject({ ok: false, error: { code: 'PERIOD_CLOSED' } });
      expect(f.dump()).toBe(before);
    });

    it('an active objective in a closed period: PERIOD_CLOSED', async () => {
      const f = await checkInFixture();
      await f.repos.periodStates.close({ periodId: '2026-Q4', closedAt: NOW, closedBy: ADMIN });
      const before = f.dump();
      const answer = await recordCheckIn(f.services, callerOf(CHAMPION), {
        keyResultId: 'kr-deploys',
        confidence: 'high',
        value: 151,
        note: 'late',
      });
      expect(answer).toMatchObject({ ok: false, error: { code: 'PERIOD_CLOSED' } });
      expect(f.dump()).toBe(before);
    });

    it('a second race answers CONFLICT with no check-in stored and the other edit kept', async () => {
      const f = await checkInFixture();
      const answer = await recordCheckIn({ ...f.services, repos: racing(f.repos, 2) }, callerOf(CHAMPION), {
        keyResultId: 'kr-deploys',
        confidence: 'high',
        value: 151,
        note: '',
      });
      expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect((await f.repos.keyResults.get('kr-deploys'))?.source).toMatchObject({ current: 120 });
      expect(await f.repos.progress.get('kr-deploys')).toBeUndefined();
      expect(await listed(f.repos)).toEqual([]);
    });
  });
});

/** Repositories whose next `times` KR updates race a person saving the KR first. */
function racing(repos: Awaited<ReturnType<typeof checkInFixture>>['repos'], times: number) {
  const real = repos.keyResults;
  let left = times;
  const keyResults: KeyResultRepository = {
    ...real,
    async update(keyResult) {
      if (left > 0) {
        left -= 1;
        const current = (await real.get(keyResult.id))!;
        await real.update({ ...current, title: `${current.title} (edited)` });
      }
      return real.update(keyResult);
    },
  };
  return { ...repos, keyResults };
}
