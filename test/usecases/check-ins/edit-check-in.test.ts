import type { CheckInRepository } from '../../../src/store';
import { editCheckIn, MAX_CHECK_IN_EDITS } from '../../../src/usecases/check-ins/edit-check-in';
import { recordCheckIn } from '../../../src/usecases/check-ins/record-check-in';
import { ADMIN, CHAMPION, callerOf, checkInFixture, NOW, OWNER } from './fixture';

type Fixture = Awaited<ReturnType<typeof checkInFixture>>;
const HOUR = 3_600_000;

/** A check-in by `who` on `keyResultId`, an hour later each time. */
async function checkedIn(
  f: Fixture,
  who: string,
  fields: { value?: number; note: string },
  keyResultId = 'kr-deploys',
) {
  const answer = await recordCheckIn(f.services, callerOf(who), { keyResultId, confidence: 'medium', ...fields });
  if (!answer.ok) throw new Error(answer.error.message);
  f.clock.advance(HOUR);
  return answer.value.id;
}

describe('editCheckIn', () => {
  it('the author replaces the content; the original stays among the revisions with who replaced it and when', async () => {
    const f = await checkInFixture();
    const id = await checkedIn(f, CHAMPION, { value: 151, note: 'Canary on' });
    const editedAt = '2026-11-25T10:00:00.000Z'; // NOW + 1 hour
    const answer = await editCheckIn(f.services, callerOf(CHAMPION), {
      checkInId: id,
      keyResultId: 'kr-deploys',
      confidence: 4,
      value: 152,
      note: 'Canary on, one rollback',
      blockers: 'flaky staging',
    });
    expect(answer).toEqual({ ok: true, value: { id, version: 2 } });
    expect(await f.repos.checkIns.get(id)).toEqual({
      id,
      keyResultId: 'kr-deploys',
      authorId: CHAMPION,
      at: NOW,
      confidence: 4,
      value: 152,
      note: 'Canary on, one rollback',
      blockers: 'flaky staging',
      editedAt,
      revisions: [{ at: editedAt, editorId: CHAMPION, confidence: 'medium', value: 151, note: 'Canary on' }],
    });
  });

  it('a second edit (by an admin) keeps both earlier versions, oldest first', async () => {
    const f = await checkInFixture();
    const id = await checkedIn(f, CHAMPION, { note: 'v1' }, 'kr-docs');
    const edit = (who: string, note: string) =>
      editCheckIn(f.services, callerOf(who), { checkInId: id, keyResultId: 'kr-docs', confidence: 'high', note });
    expect(await edit(CHAMPION, 'v2')).toMatchObject({ ok: true, value: { version: 2 } });
    f.clock.advance(HOUR);
    expect(await edit(ADMIN, 'v3')).toMatchObject({ ok: true, value: { version: 3 } });
    const stored = await f.repos.checkIns.get(id);
    expect(stored?.note).toBe('v3');
    expect(stored?.authorId).toBe(CHAMPION);
    expect(stored?.editedAt).toBe('2026-11-25T11:00:00.000Z');
    expect(stored?.revisions?.map((r) => [r.note, r.editorId, r.at])).toEqual([
      ['v1', CHAMPION, '2026-11-25T10:00:00.000Z'],
      ['v2', ADMIN, '2026-11-25T11:00:00.000Z'],
    ]);
  });

  it('a new value on the latest check-in moves the metric: (160 − 120) / 80 = 0.5', async () => {
    const f = await checkInFixture();
    const id = await checkedIn(f, CHAMPION, { value: 151, note: '' });
    await editCheckIn(f.services, callerOf(CHAMPION), {
      checkInId: id,
      keyResultId: 'kr-deploys',
      confidence: 'high',
      value: 160,
      note: 'typo: it was 160',
    });
    expect((await f.repos.keyResults.get('kr-deploys'))?.source).toMatchObject({ current: 160 });
    expect(await f.repos.progress.get('kr-deploys')).toMatchObject({ progress: 0.5 });
  });

  it('a new value on an older check-in corrects the record but leaves the later reading standing', async () => {
    const f = await checkInFixture();
    const older = await checkedIn(f, CHAMPION, { value: 151, note: 'first' });
    await checkedIn(f, CHAMPION, { value: 168, note: 'second' });
    const answer = await editCheckIn(f.services, callerOf(CHAMPION), {
      checkInId: older,
      keyResultId: 'kr-deploys',
      confidence: 'high',
      value: 140,
      note: 'first, corrected',
    });
    expect(answer.ok).toBe(true);
    expect((await f.repos.checkIns.get(older))?.value).toBe(140);
    // Still the latest reading, 168: (168 − 120) / 80 = 0.6.
    expect((await f.repos.keyResults.get('kr-deploys'))?.source).toMatchObject({ current: 168 });
    expect(await f.repos.progress.get('kr-deploys')).toMatchObject({ progress: 0.6 });
  });

  describe('refusals store nothing', () => {
    const cases = [
      ['the objective owner, who is not its author', OWNER, {}, 'FORBIDDEN', undefined],
      ['a value on a milestones check-in', CHAMPION, { keyResultId: 'kr-docs', value: 3 }, 'VALIDATION', 'value'],
      ['a check-in that does not exist', CHAMPION, { checkInId: 'ci-gone' }, 'NOT_FOUND', undefined],
      ['a check-in named under another KR', CHAMPION, { keyResultId: 'kr-deploys' }, 'NOT_FOUND', undefined],
    ] as const;
    it.each(cases)('%s', async (_name, who, overrides, code, path) => {
      const f = await checkInFixture();
      const id = await checkedIn(f, CHAMPION, { note: 'n' }, 'kr-docs');
      const before = f.dump();
      const answer = await editCheckIn(f.services, callerOf(who), {
        checkInId: id,
        keyResultId: 'kr-docs',
        confidence: 'low',
        note: 'changed',
        ...overrides,
      });
      expect(answer).toMatchObject({ ok: false, error: { code } });
      if (path) expect(!answer.ok && answer.error.fields?.map((field) => field.path)).toEqual([path]);
      expect(f.dump()).toBe(before);
    });

    it.each(['closed', 'abandoned'] as const)('an objective that is %s: PERIOD_CLOSED', async (state) => {
      const f = await checkInFixture();
      const id = await checkedIn(f, CHAMPION, { value: 151, note: 'n' });
      const objective = (await f.repos.objectives.get('obj-1'))!;
      expect((await f.repos.objectives.update({ ...objective, state })).ok).toBe(true);
      const before = f.dump();
      const answer = await editCheckIn(f.services, callerOf(CHAMPION), {
        checkInId: id,
        keyResultId: 'kr-deploys',
        confidence: 'low',
        value: 100,
        note: 'rewrite history',
      });
      expect(answer).toMatchObject({ ok: false, error: { code: 'PERIOD_CLOSED' } });
      expect(f.dump()).toBe(before);
    });

    it('an active objective in a closed period: PERIOD_CLOSED', async () => {
      const f = await checkInFixture();
      const id = await checkedIn(f, CHAMPION, { value: 151, note: 'n' });
      await f.repos.periodStates.close({ periodId: '2026-Q4', closedAt: NOW, closedBy: ADMIN });
      const before = f.dump();
      const answer = await editCheckIn(f.services, callerOf(CHAMPION), {
        checkInId: id,
        keyResultId: 'kr-deploys',
        confidence: 'low',
        value: 100,
        note: 'rewrite history',
      });
      expect(answer).toMatchObject({ ok: false, error: { code: 'PERIOD_CLOSED' } });
      expect(f.dump()).toBe(before);
    });

    it(`past ${MAX_CHECK_IN_EDITS} edits: VALIDATION on checkInId, every kept version still there`, async () => {
      const f = await checkInFixture();
      const id = await checkedIn(f, CHAMPION, { note: 'v0' }, 'kr-docs');
      const edit = (note: string) =>
        editCheckIn(f.services, callerOf(CHAMPION), { checkInId: id, keyResultId: 'kr-docs', confidence: 1, note });
      for (let n = 1; n <= MAX_CHECK_IN_EDITS; n += 1) expect((await edit(`v${n}`)).ok).toBe(true);
      const before = f.dump();
      const answer = await edit('one too many');
      expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'checkInId' }] } });
      expect(f.dump()).toBe(before);
      expect((await f.repos.checkIns.get(id))?.revisions?.map((r) => r.note)).toEqual(
        Array.from({ length: MAX_CHECK_IN_EDITS }, (_, n) => `v${n}`),
      );
    });
  });
});

describe('editCheckIn racing another edit', () => {
  it('an admin’s edit landing between the read and the write is kept among the revisions, as is the original', async () => {
    const f = await checkInFixture();
    const id = await checkedIn(f, CHAMPION, { note: 'original' }, 'kr-docs');
    const real = f.repos.checkIns;
    let raced = false;
    const checkIns: CheckInRepository = {
      ...real,
      async replace(checkIn) {
        if (!raced) {
          raced = true;
          // The admin read the same version and saved first.
          const original = (await real.get(id))!;
          await real.replace({
            ...original,
            note: 'admin fix',
            editedAt: '2026-11-25T09:59:00.000Z',
            revisions: [{ at: '2026-11-25T09:59:00.000Z', editorId: ADMIN, confidence: 'medium', note: 'original' }],
          });
        }
        return real.replace(checkIn);
      },
    };
    const answer = await editCheckIn({ ...f.services, repos: { ...f.repos, checkIns } }, callerOf(CHAMPION), {
      checkInId: id,
      keyResultId: 'kr-docs',
      confidence: 'high',
      note: 'mine',
    });
    expect(answer).toEqual({ ok: true, value: { id, version: 3 } });
    const stored = await real.get(id);
    expect(stored?.note).toBe('mine');
    expect(stored?.revisions?.map((r) => [r.note, r.editorId])).toEqual([
      ['original', ADMIN],
      ['admin fix', CHAMPION],
    ]);
  });
});
