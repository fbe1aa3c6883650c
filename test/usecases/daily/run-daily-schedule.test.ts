import { activePeriodIds, runDailySchedule } from '../../../src/usecases/daily/run-daily-schedule';
import { collectAll } from '../../../src/store';
import { aJiraKeyResult, anObjective, createHarness, epic, storeOkrs } from '../../integration/events/support/harness';
import type { KeyResult } from '../../../src/domain';

const metricKr = (id: string, periodId: string): KeyResult => ({
  ...aJiraKeyResult(id, 'O', 'count', [epic('1')]),
  periodId,
  source: { type: 'metric', start: 0, target: 10, current: 4, direction: 'increase' },
});

describe('activePeriodIds', () => {
  test('calendar quarter and year; with another fiscal start, the fiscal ones too', () => {
    expect(activePeriodIds('2026-10-05', { fiscalYearStartMonth: 1 })).toEqual(['2026-Q4', '2026']);
    expect(activePeriodIds('2026-10-05', { fiscalYearStartMonth: 4 })).toEqual([
      '2026-Q4',
      '2026',
      'FY2027-Q3',
      'FY2027',
    ]);
  });
});

describe('the daily job', () => {
  test('queues every KR of the active periods in chunks of 25, once a day, and snapshots each after its refresh', async () => {
    const h = createHarness();
    const current = Array.from({ length: 55 }, (_, i) => metricKr(`q4-${String(i).padStart(2, '0')}`, '2026-Q4'));
    await storeOkrs(
      h.services,
      [anObjective('O')],
      [...current, metricKr('annual', '2026'), metricKr('past', '2026-Q3')],
    );

    const first = await runDailySchedule(h.services);
    expect(first).toEqual({
      status: 'queued',
      date: '2026-10-05',
      periodIds: ['2026-Q4', '2026'],
      keyResults: 56,
      jobs: 3,
    });
    expect(h.queued()).toBe(3);
    // Forge may run a scheduled trigger twice.
    expect(await runDailySchedule(h.services)).toMatchObject({ status: 'already-ran', jobs: 0 });
    expect(h.queued()).toBe(3);

    await h.drain();
    expect(h.runs.map((r) => r.recomputed.length)).toEqual([25, 25, 6]);
    const snapshots = await collectAll((p) => h.services.repos.snapshots.listByDate('2026-10-05', p), { limit: 100 });
    expect(snapshots).toHaveLength(56);
    expect(snapshots.find((s) => s.keyResultId === 'annual')).toEqual({
      keyResultId: 'annual',
      date: '2026-10-05',
      progress: 0.4,
      scopeIssues: 0,
      doneIssues: 0,
    });
    expect(await h.services.repos.snapshots.get('past', '2026-10-05')).toBeUndefined();

    // Running a day's jobs again replaces that day's snapshots: still one per KR.
    await h.app.onRecompute({ body: { keyResultIds: ['annual'], reason: 'daily' } });
    expect(
      await collectAll((p) => h.services.repos.snapshots.listByDate('2026-10-05', p), { limit: 100 }),
    ).toHaveLength(56);

    h.clock.advance(24 * 3600 * 1000);
    expect(await runDailySchedule(h.services)).toMatchObject({ status: 'queued', date: '2026-10-06' });
  });

  test("the day is the site's: late evening in UTC is already tomorrow in Tokyo", async () => {
    const h = createHarness({ start: '2026-12-31T20:00:00.000Z' });
    await h.services.repos.settings.save({ ...(await h.services.repos.settings.get()), timeZone: 'Asia/Tokyo' });
    expect(await runDailySchedule(h.services)).toMatchObject({ date: '2027-01-01', periodIds: ['2027-Q1', '2027'] });
  });
});
