/**
 * Period close end to end in the sandbox (issue #7, "Done when"): the real server over HTTP, the demo site, the demo
 * users calling /sandbox/invoke as the UI would. Ada (Jira admin) grades the KRs of a current-quarter objective,
 * carries an unfinished one into the next quarter, writes the retrospective and closes the objective, settles the
 * quarter's other objectives, closes the quarter; then the quarter is read-only and simulated days of Jira work
 * with their daily runs do not move the graded KRs.
 */
import {
  RESOLVER_KEYS as K,
  type PeriodCloseView,
  type PeriodDto,
  type PortfolioView,
  type ResolverResult,
  type Written,
} from '../../../src/contract';
import { PREVIOUS_QUARTER } from '../../../sandbox/demo/calendar';
import { demoUser } from '../../../sandbox/demo/users';
import { request, startTestSandbox, type TestSandbox } from './harness';

jest.setTimeout(120_000);

let t: TestSandbox;
const ada = demoUser('ada');
const vic = demoUser('vic');

beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(() => t.close());

async function call<T>(key: string, payload: object, accountId = ada.accountId): Promise<ResolverResult<T>> {
  const answer = await request<ResolverResult<T>>(`${t.url}/sandbox/invoke`, {
    method: 'POST',
    json: { key, accountId, payload },
  });
  return answer.body;
}

async function data<T>(key: string, payload: object, accountId = ada.accountId): Promise<T> {
  const answer = await call<T>(key, payload, accountId);
  if (!answer.ok) throw new Error(`${key} answered ${answer.error.code}: ${answer.error.message}`);
  return answer.data;
}

test("the demo's previous quarter is closed: listed as closed, its worksheet read-only", async () => {
  const previous = (await data<PeriodDto[]>(K.listPeriods, {})).find((p) => p.id === PREVIOUS_QUARTER.id);
  expect(previous?.closed).toBe(true);
  const worksheet = await data<PeriodCloseView>(K.periodClose, { periodId: PREVIOUS_QUARTER.id });
  expect(worksheet.period.closed).toBe(true);
  expect(worksheet.objectives.length).toBeGreaterThan(0);
  expect(worksheet.objectives.every((o) => o.state === 'closed' && !o.canEdit)).toBe(true);
  expect(worksheet.canClosePeriod).toBe(false);
});

test('grade, carry over, retrospective, close the objective and the quarter; then it is read-only and frozen', async () => {
  const current = (await data<PortfolioView>(K.portfolio, {})).period;
  const worksheet = await data<PeriodCloseView>(K.periodClose, { periodId: current.id });
  expect(worksheet.period.closed).toBe(false);
  const next = worksheet.nextPeriod;
  if (!next) throw new Error('a quarter has a next quarter');
  // An objective with an unfinished Jira KR (to carry over) and at least one more KR (to grade).
  const objective = worksheet.objectives.find(
    (o) =>
      o.state === 'active' &&
      o.keyResults.length >= 2 &&
      o.keyResults.some((kr) => kr.sourceType === 'jira' && kr.progress < 1),
  );
  if (!objective) throw new Error('the demo has no active objective with an unfinished Jira KR');
  const unfinished = objective.keyResults.find((kr) => kr.sourceType === 'jira' && kr.progress < 1);
  if (!unfinished) throw new Error('unreachable');
  const other = objective.keyResults.find((kr) => kr.id !== unfinished.id);
  if (!other) throw new Error('unreachable');

  // A grade other than the suggested one needs a reason; with one it is kept.
  const raised = Math.min(10, Math.round(unfinished.suggestedGrade * 10) + 1) / 10;
  const differs = raised !== unfinished.suggestedGrade ? raised : 0;
  expect(
    await call(K.gradeKeyResult, { keyResultId: unfinished.id, version: unfinished.version, grade: differs }),
  ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'reason' }] } });
  await data<Written>(K.gradeKeyResult, {
    keyResultId: unfinished.id,
    version: unfinished.version,
    grade: differs,
    reason: 'The last stories were finished after the final refresh',
  });
  await data<Written>(K.gradeKeyResult, { keyResultId: other.id, version: other.version, grade: other.suggestedGrade });
  // Vic owns nothing here: he may read the worksheet, not grade.
  expect(
    await call(K.gradeKeyResult, { keyResultId: other.id, version: other.version + 1, grade: 0 }, vic.accountId),
  ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

  // Carry the unfinished KR into the next quarter: a copy with a period baseline, linked to the original.
  const copy = await data<Written>(K.carryOverKeyResult, { keyResultId: unfinished.id });
  const stored = await t.sandbox.runtime.repos.keyResults.get(copy.id);
  const original = await t.sandbox.runtime.repos.keyResults.get(unfinished.id);
  expect(stored).toMatchObject({ periodId: next.id, carriedFrom: unfinished.id, title: original?.title });
  if (original?.source.type === 'jira' && original.source.measure === 'count') {
    expect(stored?.baseline).toEqual({ mode: 'period' });
  }
  expect(stored?.source).toEqual(original?.source);
  expect(await call(K.carryOverKeyResult, { keyResultId: unfinished.id })).toMatchObject({
    ok: false,
    error: { code: 'ALREADY_LINKED' },
  });
  await request(`${t.url}/sandbox/settle`, { method: 'POST', json: {} });
  const nextPortfolio = await data<PortfolioView>(K.portfolio, { periodId: next.id });
  const shown = nextPortfolio.roots.flatMap(function all(node): string[] {
    return [...node.keyResults.map((kr) => kr.id), ...node.children.flatMap(all)];
  });
  expect(shown).toContain(copy.id);
  const nextSheet = await data<PeriodCloseView>(K.periodClose, { periodId: next.id });
  expect(nextSheet.objectives.flatMap((o) => o.keyResults).find((kr) => kr.id === copy.id)?.carriedFrom).toBe(
    unfinished.id,
  );

  // The retrospective, and the objective closes with a grade; the others of the quarter are settled too.
  const before = await data<PeriodCloseView>(K.periodClose, { periodId: current.id });
  const mine = before.objectives.find((o) => o.id === objective.id);
  if (!mine) throw new Error('the objective vanished');
  expect(mine.keyResults.find((kr) => kr.id === unfinished.id)).toMatchObject({
    carriedTo: copy.id,
    grade: { value: differs, reason: 'The last stories were finished after the final refresh' },
  });
  expect(await call(K.closePeriod, { periodId: current.id })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_TRANSITION', message: expect.stringContaining(objective.title) },
  });
  await data<Written>(K.closeObjective, {
    objectiveId: objective.id,
    version: mine.version,
    retrospective: 'We learned to split the refunds work out of the checkout epic earlier.',
  });
  for (const rest of before.objectives.filter((o) => o.id !== objective.id && o.state === 'active')) {
    await data<Written>(K.closeObjective, { objectiveId: rest.id, version: rest.version });
  }
  for (const rest of before.objectives.filter((o) => o.state === 'draft')) {
    await data<Written>(K.abandonObjective, { objectiveId: rest.id, version: rest.version });
  }
  expect(await call(K.closePeriod, { periodId: current.id }, vic.accountId)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await data<PeriodDto>(K.closePeriod, { periodId: current.id })).toMatchObject({
    id: current.id,
    closed: true,
  });

  // Read-only: the worksheet says so, and every edit answers PERIOD_CLOSED.
  const closed = await data<PeriodCloseView>(K.periodClose, { periodId: current.id });
  expect(closed.period.closed).toBe(true);
  expect(closed.objectives.find((o) => o.id === objective.id)).toMatchObject({
    state: 'closed',
    retrospective: 'We learned to split the refunds work out of the checkout epic earlier.',
    canEdit: false,
  });
  expect((await data<PeriodDto[]>(K.listPeriods, {})).find((p) => p.id === current.id)?.closed).toBe(true);
  const graded = closed.objectives.flatMap((o) => o.keyResults);
  const kr = graded.find((k) => k.id === other.id);
  if (!kr) throw new Error('the graded KR vanished');
  for (const [key, payload] of [
    [K.gradeKeyResult, { keyResultId: kr.id, version: kr.version, grade: 0.5, reason: 'Changed my mind' }],
    [K.updateKeyResult, { keyResultId: kr.id, version: kr.version, title: 'Renamed after the fact' }],
    [K.createObjective, { title: 'Too late', periodId: current.id, level: 'team', ownerIds: [ada.accountId] }],
  ] as const) {
    expect(await call(key, payload)).toMatchObject({
      ok: false,
      error: { code: 'PERIOD_CLOSED', message: expect.stringContaining(current.id) },
    });
  }

  // Days of simulated Jira work and their daily runs leave the graded KRs where they were graded.
  const simulated = await request<{ dailyJobs: number; transitions: number }>(`${t.url}/sandbox/simulate`, {
    method: 'POST',
    json: { days: 3 },
  });
  expect(simulated.status).toBe(200);
  expect(simulated.body.dailyJobs).toBeGreaterThanOrEqual(1);
  expect(simulated.body.transitions).toBeGreaterThan(0);
  const after = await data<PeriodCloseView>(K.periodClose, { periodId: current.id });
  const progressOf = (view: PeriodCloseView) =>
    new Map(view.objectives.flatMap((o) => o.keyResults).map((k) => [k.id, [k.progress, k.grade?.value]]));
  expect(progressOf(after)).toEqual(progressOf(closed));
});
