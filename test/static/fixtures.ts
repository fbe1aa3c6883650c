import type {
  KeyResultDetailView,
  KrSummaryDto,
  ObjectiveNodeDto,
  PeriodDto,
  PortfolioView,
  ResolverResult,
  UserRef,
} from '../../src/contract';

/** Hand-built view models, the shapes okr/* resolvers answer; each test overrides only what it asserts on. */
export const ana: UserRef = { accountId: 'u-ana', displayName: 'Ana Lima' };
export const bo: UserRef = { accountId: 'u-bo', displayName: 'Bo Chen' };

export const q4: PeriodDto = { id: 'p-2026-q4', name: '2026-Q4', start: '2026-10-01', end: '2026-12-31', closed: false };
export const q3: PeriodDto = { id: 'p-2026-q3', name: '2026-Q3', start: '2026-07-01', end: '2026-09-30', closed: true };

export const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

export function kr(over: Partial<KrSummaryDto> = {}): KrSummaryDto {
  return {
    id: 'kr-1',
    version: 3,
    objectiveId: 'o-1',
    objectiveTitle: 'Customers onboard themselves',
    title: 'Self-serve signup for 80% of new accounts',
    kind: 'committed',
    weight: 1,
    owners: [ana],
    sourceType: 'jira',
    progress: 0.45,
    expected: 0.6,
    pace: -0.15,
    status: 'at-risk',
    evidence: { scope: { issues: 20, todo: 6, inProgress: 5, done: 9 }, flags: [] },
    asOf: minutesAgo(3),
    stale: false,
    lastCheckIn: { at: minutesAgo(2 * 24 * 60), author: bo, confidence: 'medium' },
    ...over,
  };
}

export function objective(over: Partial<ObjectiveNodeDto> = {}): ObjectiveNodeDto {
  return {
    id: 'o-1',
    version: 2,
    title: 'Customers onboard themselves',
    level: 'company',
    state: 'active',
    owners: [ana],
    periodId: q4.id,
    progress: 0.45,
    status: 'at-risk',
    keyResults: [kr()],
    children: [],
    ...over,
  };
}

export function portfolio(over: Partial<PortfolioView> = {}): PortfolioView {
  const team = {
    ...objective({
      id: 'o-2',
      title: 'Signup flow without sales',
      level: 'team',
      team: 'Growth',
      owners: [bo],
      progress: 0.8,
      status: 'on-track',
      keyResults: [kr({ id: 'kr-2', objectiveId: 'o-2', objectiveTitle: 'Signup flow without sales', title: '=Ship the wizard', progress: 0.8, expected: 0.6, pace: 0.2, status: 'on-track', owners: [bo] })],
    }),
    contributionWeight: 1,
  };
  return {
    period: q4,
    periods: [q4, q3],
    roots: [objective({ children: [team] })],
    totals: { objectives: 2, keyResults: 2, atRisk: 1, offTrack: 0, stale: 0 },
    ...over,
  };
}

export function krDetail(over: Partial<KeyResultDetailView> = {}): KeyResultDetailView {
  return {
    keyResult: {
      ...kr(),
      periodId: q4.id,
      source: { type: 'jira', measure: 'count', targets: [{ kind: 'epic', issueId: '10001' }], includeSubtasks: false },
    },
    burnup: [
      { date: '2026-10-01', scope: 10, done: 0, expected: 0 },
      { date: '2026-11-01', scope: 20, done: 9, expected: 6.7 },
    ],
    contributors: [{ target: { kind: 'epic', issueId: '10001' }, label: 'ONB-1 Signup wizard', progress: 0.45, scope: 20, done: 9 }],
    checkIns: [{ id: 'ci-1', at: '2026-11-10T09:00:00Z', author: bo, confidence: 'medium', note: 'Wizard in review' }],
    ...over,
  };
}

export const ok = <T>(data: T): ResolverResult<T> => ({ ok: true, data });
export const notAvailable: ResolverResult<never> = {
  ok: false,
  error: { code: 'NOT_AVAILABLE_YET', message: 'okr/x is not available yet' },
};
export const failure = (code: 'INTERNAL' | 'CONFLICT' | 'VALIDATION', message: string, fields?: { path: string; message: string }[]) =>
  ({ ok: false, error: { code, message, fields } }) as ResolverResult<never>;
