import { createHarness } from '../../integration/events/support/harness';
import { addDays, type KeyResult, type KrProgress, type ProgressSnapshot } from '../../../src/domain';
import { krForecast, seedOf, weeklyThroughput } from '../../../src/usecases/views/kr-forecast';
import { summarizeKeyResults } from '../../../src/usecases/views/summarize-key-results';
import { loadViewContext } from '../../../src/usecases/views/view-context';

const quarter = { id: '2026-Q4', name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31' };
const TODAY = '2026-11-25';

const aJiraKr = (id = 'kr-fc', measure: 'count' | 'points' = 'count'): KeyResult => ({
  id,
  objectiveId: 'obj-fc',
  title: `Forecast ${id}`,
  ownerIds: ['acc-owner'],
  kind: 'committed',
  weight: 1,
  source: { type: 'jira', measure, targets: [{ kind: 'epic', issueId: '10001' }], includeSubtasks: false },
  periodId: '2026-Q4',
  version: 0,
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-01T09:00:00.000Z',
});

const progressOf = (keyResultId: string, scope: number, done: number): KrProgress => ({
  keyResultId,
  progress: done / scope,
  evidence: {
    sourceType: 'jira',
    measure: 'count',
    scope: { issues: scope, todo: scope - done, inProgress: 0, done },
    emptyScope: false,
    flags: [],
  },
  asOf: `${TODAY}T08:00:00.000Z`,
  stale: false,
});

/** A snapshot at each of the last 8 week boundaries, done growing by `perWeek`, ending at `doneNow` today. */
function weeklySnapshots(keyResultId: string, today: string, scope: number, doneNow: number, perWeek: number) {
  const out: ProgressSnapshot[] = [];
  for (let k = 8; k >= 0; k -= 1) {
    const done = doneNow - perWeek * k;
    out.push({
      keyResultId,
      date: addDays(today, -7 * k),
      progress: done / scope,
      scopeIssues: scope,
      doneIssues: done,
    });
  }
  return out;
}

describe('krForecast', () => {
  test('a steady 5 issues a week with 20 left: every trial needs exactly 4 weeks, so P50 = P85 = today + 28', () => {
    const kr = aJiraKr();
    // Scope 60, done 40 today: remaining 60 − 40 = 20. Snapshots: done 0, 5, …, 40 at today − 56, …, today.
    const forecast = krForecast({
      keyResult: kr,
      progress: progressOf(kr.id, 60, 40),
      snapshots: weeklySnapshots(kr.id, TODAY, 60, 40, 5),
      period: quarter,
      today: TODAY,
    });
    // 20 / 5 = 4 weeks: 2026-11-25 + 28 days = 2026-12-23, before the period end 2026-12-31.
    expect(forecast).toMatchObject({ p50: '2026-12-23', p85: '2026-12-23', probabilityByPeriodEnd: 1, late: false });
    expect(forecast?.assumptions[0]).toBe('Remaining: 20 issues (scope 60 − done 40).');
    expect(forecast?.assumptions[1]).toBe(
      'Throughput: issues done per week from daily snapshots, over 8 of the last 8 weeks (5, 5, 5, 5, 5, 5, 5, 5).',
    );
  });

  test('30 left at 5 a week is 6 weeks: P85 2027-01-06 falls after the period end, so it is late', () => {
    const kr = aJiraKr();
    const forecast = krForecast({
      keyResult: kr,
      progress: progressOf(kr.id, 70, 40),
      snapshots: weeklySnapshots(kr.id, TODAY, 70, 40, 5),
      period: quarter,
      today: TODAY,
    });
    // 30 / 5 = 6 weeks = 42 days: 2026-11-25 + 42 = 2027-01-06 > 2026-12-31; probability by the end 0.
    expect(forecast).toMatchObject({ p50: '2027-01-06', p85: '2027-01-06', probabilityByPeriodEnd: 0, late: true });
  });

  test('weekly throughput: a week without snapshots at both ends is left out; reopened work counts as 0', () => {
    const kr = aJiraKr();
    const snap = (date: string, done: number): ProgressSnapshot => ({
      keyResultId: kr.id,
      date,
      progress: done / 50,
      scopeIssues: 50,
      doneIssues: done,
    });
    // Boundaries: 09-30, 10-07, …, 11-25. Snapshots only from 11-04: done 10 (11-04), 16 (11-11), 14 (11-18), 20 (11-25).
    // Weeks ending 11-11: 16 − 10 = 6; 11-18: 14 − 16 < 0 → 0; 11-25: 20 − 14 = 6. Earlier weeks lack a start.
    const snapshots = [snap('2026-11-04', 10), snap('2026-11-11', 16), snap('2026-11-18', 14), snap('2026-11-25', 20)];
    expect(weeklyThroughput(kr, snapshots, TODAY)).toEqual([6, 0, 6]);
  });

  test('no forecast for metric KRs, before the first refresh, or after the period; no history gives nulls', () => {
    const kr = aJiraKr();
    const metric: KeyResult = {
      ...kr,
      source: { type: 'metric', start: 0, target: 10, current: 5, direction: 'increase' },
    };
    const progress = progressOf(kr.id, 10, 5);
    expect(krForecast({ keyResult: metric, progress, snapshots: [], period: quarter, today: TODAY })).toBeUndefined();
    expect(
      krForecast({ keyResult: kr, progress: undefined, snapshots: [], period: quarter, today: TODAY }),
    ).toBeUndefined();
    expect(
      krForecast({ keyResult: kr, progress, snapshots: [], period: quarter, today: '2027-01-02' }),
    ).toBeUndefined();
    expect(krForecast({ keyResult: kr, progress, snapshots: [], period: quarter, today: TODAY })).toMatchObject({
      p50: null,
      p85: null,
      probabilityByPeriodEnd: null,
      late: false,
    });
  });

  test('the seed is the KR id: the same KR forecasts the same on every read', () => {
    expect(seedOf('kr-fc')).toBe(seedOf('kr-fc'));
    expect(seedOf('kr-fc')).not.toBe(seedOf('kr-fd'));
  });
});

describe('forecastLate in summaries (stored snapshots only, no Jira call)', () => {
  test('the late KR is flagged, the one on time is not', async () => {
    const h = createHarness({ start: `${TODAY}T09:00:00.000Z` });
    const { repos } = h.services;
    const onTime = aJiraKr('kr-on-time');
    const late = aJiraKr('kr-late');
    for (const kr of [onTime, late]) expect((await repos.keyResults.create(kr)).ok).toBe(true);
    // On time: 20 left at 5 a week → 2026-12-23. Late: 30 left at 5 a week → 2027-01-06 (as above).
    await repos.progress.save(progressOf(onTime.id, 60, 40));
    await repos.progress.save(progressOf(late.id, 70, 40));
    for (const s of weeklySnapshots(onTime.id, TODAY, 60, 40, 5)) await repos.snapshots.save(s);
    for (const s of weeklySnapshots(late.id, TODAY, 70, 40, 5)) await repos.snapshots.save(s);
    const callsBefore = h.services.meter.snapshot().calls;

    const context = await loadViewContext(h.services);
    const { summaries } = await summarizeKeyResults(h.services, [onTime, late], new Map(), context);

    expect(summaries.map((s) => [s.id, s.forecastLate ?? false])).toEqual([
      ['kr-on-time', false],
      ['kr-late', true],
    ]);
    // Names may be looked up, but the forecast itself reads nothing from Jira: at most the user lookup.
    expect(h.services.meter.snapshot().calls - callsBefore).toBeLessThanOrEqual(1);
  });
});
